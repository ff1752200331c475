//! Every view's address: hash routes (`#/countries/ES`) so that each is a permalink on any
//! static file server, with no server-side rewriting.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/timeline")]
    Timeline,
    #[at("/operations")]
    Operations,
    #[at("/operations/:id")]
    Operation { id: String },
    #[at("/cases")]
    Cases,
    #[at("/countries")]
    Countries,
    #[at("/countries/:code")]
    Country { code: String },
    #[at("/map")]
    Map,
    #[at("/sources")]
    Sources,
    #[at("/sources/:file")]
    Source { file: String },
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// The hash to put in place of `hash` so that the router can read it, or `None` when it can
/// already. The router takes the hash as an absolute path: it fails on one that does not start
/// with `/` (`#operations`, `#?q=a`), and on one that starts with more slashes or backslashes,
/// which a URL parser takes for a host name (`#//x`, `#/\x`). Those become `#/` and the rest,
/// so that `#operations` still reaches the operations and nonsense reaches the not-found page.
pub fn readable_hash(hash: &str) -> Option<String> {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    let rest = path.trim_start_matches(['/', '\\']);
    let readable = path.starts_with('/') && path.len() - rest.len() == 1;
    (!readable).then(|| format!("#/{rest}"))
}

/// Keeps the hash readable for the router (see [`readable_hash`]), at start-up and at every
/// history step. Must run before the router starts listening: listeners run in the order they
/// were added, so this one rewrites the address before the router reads it.
pub fn keep_hash_readable() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else { return };
    let target = window.clone();
    let repair = move || {
        let location = window.location();
        let Some(hash) = location.hash().ok().and_then(|hash| readable_hash(&hash)) else { return };
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
        }
    };
    repair();
    let on_popstate = Closure::<dyn Fn()>::new(repair);
    let _ = target.add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_popstate.forget();
}

#[cfg(test)]
mod tests {
    use super::readable_hash;

    #[test]
    fn hashes_the_router_can_read_are_left_alone() {
        for hash in ["#/", "#/operations", "#/countries/ES?q=a", "#/%zz", "#/sources/a\\b"] {
            assert_eq!(readable_hash(hash), None, "{hash}");
        }
    }

    #[test]
    fn other_hashes_become_absolute_paths_without_a_host() {
        assert_eq!(readable_hash("").as_deref(), Some("#/"));
        assert_eq!(readable_hash("#").as_deref(), Some("#/"));
        assert_eq!(readable_hash("#operations").as_deref(), Some("#/operations"));
        assert_eq!(readable_hash("#?q=a").as_deref(), Some("#/?q=a"));
        assert_eq!(readable_hash("#//evil.test/x").as_deref(), Some("#/evil.test/x"));
        assert_eq!(readable_hash("#/\\evil").as_deref(), Some("#/evil"));
        assert_eq!(readable_hash("#\\/\\").as_deref(), Some("#/"));
    }
}

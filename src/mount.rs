//! How the explorer is hosted: as its own page, inside an iframe (`?embed=1`), or mounted into
//! an element of somebody else's page. The host states it with attributes on the mount element
//! and, for an iframe, with the page's query; everything else in the app reads the result from
//! the [`Mount`] context.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::Location;

/// The attribute that marks the element the explorer mounts into.
pub const ROOT_ATTRIBUTE: &str = "data-interpol-explorer";

/// Whose address bar holds the current view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Routing {
    /// The page's hash (`#/countries/ES`): reload, back and forward work, every view is a permalink.
    Hash,
    /// An in-memory history: the host page's address is left alone.
    Memory,
}

/// A colour theme the host asks for; without one the app follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn parse(value: &str) -> Option<Theme> {
        match value {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What the host asked for, read once at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    pub routing: Routing,
    /// The full page's header and footer (its own page), or a compact bar (iframe, host page).
    pub full_page: bool,
    /// Tell the parent window the content's height (inside an iframe).
    pub report_height: bool,
    pub theme: Option<Theme>,
    /// The view shown first when the routing is in memory (a path such as `/countries/BR`).
    pub first_view: String,
    /// The address of the explorer's own page, which permalinks and links out of an embedded
    /// explorer lead to: the host's `data-page-url`, else this document without query or hash.
    /// Read once, so that links need not ask the browser at every render.
    pub page_url: String,
    /// The folder of the explorer's files, ending in `/`, for a link to one of them (the
    /// whole dataset): `data-bundle-url`, which `embed.js` sets, else relative, for a page that
    /// is itself in that folder (its own page, an iframe).
    pub bundle_url: String,
    /// The address of the whole dataset where the page carries it itself (`data-dataset-url`:
    /// the single-file explorer, which has no file beside it), else `None`: `dataset.json` in
    /// the explorer's folder.
    pub dataset_url: Option<String>,
}

impl Default for Mount {
    /// The explorer as its own page: what tests and the standalone `index.html` get.
    fn default() -> Mount {
        Mount {
            routing: Routing::Hash,
            full_page: true,
            report_height: false,
            theme: None,
            first_view: "/".to_string(),
            // Relative: the current document.
            page_url: String::new(),
            bundle_url: String::new(),
            dataset_url: None,
        }
    }
}

impl Mount {
    /// Reads the options from the mount element's attributes (`attribute("data-routing")` and
    /// so on), the page's query string (`?embed=1&theme=dark`, used by iframes) and `address`,
    /// the page's own. Unknown values are ignored in favour of the default, which is also what
    /// the returned notes say.
    pub fn read(attribute: impl Fn(&str) -> Option<String>, query: &str, address: &str) -> (Mount, Vec<String>) {
        let mut notes = Vec::new();
        let mut mount = Mount { routing: Routing::Memory, full_page: false, ..Mount::default() };
        match attribute("data-routing").as_deref() {
            None | Some("memory") => {}
            Some("hash") => mount.routing = Routing::Hash,
            Some(other) => notes.push(format!("data-routing=\"{other}\" is not \"hash\" or \"memory\"; using memory")),
        }
        mount.full_page = attribute("data-page").as_deref() == Some("full");
        if let Some(value) = attribute("data-theme") {
            mount.theme = Theme::parse(&value);
            if mount.theme.is_none() {
                notes.push(format!("data-theme=\"{value}\" is not \"light\" or \"dark\"; following the system"));
            }
        }
        if let Some(view) = attribute("data-view") {
            if view.starts_with('/') {
                mount.first_view = view;
            } else {
                notes.push(format!("data-view=\"{view}\" does not start with '/'; showing the timeline"));
            }
        }
        mount.page_url = attribute("data-page-url")
            .filter(|url| !url.is_empty())
            .unwrap_or_else(|| address.split(['?', '#']).next().unwrap_or_default().to_string());
        mount.bundle_url = attribute("data-bundle-url").unwrap_or_default();
        mount.dataset_url = attribute("data-dataset-url").filter(|url| !url.is_empty());
        // An iframe's own page: the query asks for the compact bar and, optionally, a theme.
        let pairs = query.trim_start_matches('?').split('&').filter_map(|pair| pair.split_once('='));
        for (key, value) in pairs {
            match key {
                "embed" if value == "1" => {
                    mount.full_page = false;
                    mount.report_height = true;
                }
                "theme" => mount.theme = Theme::parse(value).or(mount.theme),
                _ => {}
            }
        }
        (mount, notes)
    }

    /// The `href` of an in-app link: a hash link when the view lives in the hash; otherwise
    /// the view on the explorer's own page, which is where "open in a new tab" should lead.
    /// (Clicks on in-app links never follow the `href`: the router handles them.)
    pub fn link_href(&self, path_and_query: &str) -> String {
        match self.routing {
            Routing::Hash => format!("#{path_and_query}"),
            Routing::Memory => self.permalink(path_and_query),
        }
    }

    /// The address of a view on the explorer's own page, for "copy link" and links out of an
    /// embedded explorer.
    pub fn permalink(&self, path_and_query: &str) -> String {
        format!("{}#{path_and_query}", self.page_url)
    }

    /// The address of a file of the explorer's own folder.
    pub fn bundle_file(&self, name: &str) -> String {
        format!("{}{name}", self.bundle_url)
    }

    /// Where the footer's link downloads the whole dataset from.
    pub fn dataset_url(&self) -> String {
        self.dataset_url.clone().unwrap_or_else(|| self.bundle_file("dataset.json"))
    }
}

/// The view a location shows, as a path and query (`/operations?q=a`); `/` without a router.
pub fn view_of(location: Option<&Location>) -> String {
    location.map_or_else(|| "/".to_string(), |l| format!("{}{}", l.path(), l.query_str()))
}

/// The mount options of the app around the caller; the standalone page's when there is none
/// (component tests render pages on their own).
#[hook]
pub fn use_mount() -> Rc<Mount> {
    use_context::<Rc<Mount>>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://x.test/tools/";

    /// Options read on the page at `PAGE` followed by `query`.
    fn read(attributes: &[(&str, &str)], query: &str) -> (Mount, Vec<String>) {
        let attribute =
            |name: &str| attributes.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_string());
        Mount::read(attribute, query, &format!("{PAGE}{query}#/timeline"))
    }

    /// The own page as `index.html` asks for it, read at `PAGE`.
    fn own_page() -> Mount {
        Mount { page_url: PAGE.to_string(), ..Mount::default() }
    }

    #[test]
    fn the_standalone_page_asks_for_the_hash_and_the_full_page() {
        let (mount, notes) = read(&[("data-routing", "hash"), ("data-page", "full")], "");
        assert_eq!(mount, own_page());
        assert!(notes.is_empty());
    }

    #[test]
    fn a_host_page_mount_leaves_the_address_alone_unless_asked() {
        let (mount, notes) = read(&[], "");
        assert_eq!(mount.routing, Routing::Memory);
        assert!(!mount.full_page);
        assert!(!mount.report_height);
        assert_eq!(mount.first_view, "/");
        assert!(notes.is_empty());
        let (mount, _) = read(&[("data-routing", "hash"), ("data-view", "/countries/BR"), ("data-theme", "dark")], "");
        assert_eq!(mount.routing, Routing::Hash);
        assert_eq!(mount.first_view, "/countries/BR");
        assert_eq!(mount.theme, Some(Theme::Dark));
    }

    #[test]
    fn an_iframe_asks_for_the_compact_bar_and_height_reports_in_its_query() {
        let (mount, _) = read(&[("data-routing", "hash"), ("data-page", "full")], "?embed=1&theme=light");
        assert_eq!(mount.routing, Routing::Hash);
        assert!(!mount.full_page);
        assert!(mount.report_height);
        assert_eq!(mount.theme, Some(Theme::Light));
        // Any other query leaves the full page as it is.
        let (mount, _) = read(&[("data-routing", "hash"), ("data-page", "full")], "?embed=0&x=%3Cb%3E");
        assert_eq!(mount, own_page());
    }

    #[test]
    fn unknown_values_fall_back_to_the_default_and_say_so() {
        let (mount, notes) = read(&[("data-routing", "browser"), ("data-theme", "sepia"), ("data-view", "x")], "");
        assert_eq!((mount.routing, mount.theme, mount.first_view.as_str()), (Routing::Memory, None, "/"));
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[0].contains("data-routing=\"browser\""));
    }

    #[test]
    fn links_are_hash_links_unless_routing_in_memory_and_permalinks_lead_to_the_full_page() {
        let (own, _) = read(&[("data-routing", "hash"), ("data-page", "full")], "");
        assert_eq!(own.link_href("/countries/ES"), "#/countries/ES");
        assert_eq!(own.permalink("/countries/ES"), "https://x.test/tools/#/countries/ES");
        let (iframe, _) = read(&[("data-routing", "hash"), ("data-page", "full")], "?embed=1");
        assert_eq!(iframe.link_href("/operations?q=a"), "#/operations?q=a");
        assert_eq!(iframe.permalink("/operations?q=a"), "https://x.test/tools/#/operations?q=a");
        let (host, _) = read(&[("data-page-url", "https://x.test/tools/index.html")], "");
        let expected = "https://x.test/tools/index.html#/";
        assert_eq!(host.link_href("/"), expected);
        assert_eq!(host.permalink("/"), expected);
        // Without a page address given, a host mount's links lead to the host page itself.
        let (bare, _) = read(&[], "");
        assert_eq!(bare.permalink("/about"), "https://x.test/tools/#/about");
    }

    #[test]
    fn the_explorers_own_files_are_found_in_its_folder_wherever_it_is_mounted() {
        let (own, _) = read(&[("data-routing", "hash"), ("data-page", "full")], "");
        assert_eq!(own.bundle_file("dataset.json"), "dataset.json");
        let (host, _) = read(&[("data-bundle-url", "https://x.test/shared/explorer/")], "");
        assert_eq!(host.bundle_file("dataset.json"), "https://x.test/shared/explorer/dataset.json");
        assert_eq!(host.dataset_url(), "https://x.test/shared/explorer/dataset.json");
        // The single-file explorer carries its dataset in the page.
        let (single, _) =
            read(&[("data-routing", "hash"), ("data-dataset-url", "data:application/json;base64,e30=")], "");
        assert_eq!(single.dataset_url(), "data:application/json;base64,e30=");
    }
}

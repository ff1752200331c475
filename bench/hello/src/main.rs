//! A Yew app that renders one line and marks `explorer:ready` as the explorer does, so that
//! `cargo xtask bench` times both the same way.

use yew::prelude::*;

#[function_component(Hello)]
fn hello() -> Html {
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("explorer:ready");
        }
    });
    html! { <p>{ "Hello from Yew." }</p> }
}

fn main() {
    yew::Renderer::<Hello>::new().render();
}

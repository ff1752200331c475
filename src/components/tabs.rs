use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub label: AttrValue,
    /// Tab names (as in the address) and their titles.
    pub tabs: Vec<(&'static str, &'static str)>,
    pub selected: AttrValue,
    pub on_select: Callback<&'static str>,
    /// The open tab's content.
    pub children: Html,
}

/// Tabs as WAI-ARIA describes them: a tablist of buttons (arrow keys move between them,
/// only the selected one is in the tab order) and the panel they control.
#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let refs = use_memo(props.tabs.len(), |count| (0..*count).map(|_| NodeRef::default()).collect::<Vec<_>>());
    let selected_index = props.tabs.iter().position(|(name, _)| *name == props.selected.as_str()).unwrap_or(0);
    let on_keydown = {
        let (refs, tabs, on_select) = (refs.clone(), props.tabs.clone(), props.on_select.clone());
        Callback::from(move |event: KeyboardEvent| {
            let step = match event.key().as_str() {
                "ArrowRight" => 1,
                "ArrowLeft" => tabs.len() - 1,
                _ => return,
            };
            event.prevent_default();
            let next = (selected_index + step) % tabs.len();
            on_select.emit(tabs[next].0);
            if let Some(button) = refs[next].cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let panel_id = format!("interpol-explorer-{}-panel", props.selected);
    html! {
        <>
            <div role="tablist" aria-label={props.label.clone()} onkeydown={on_keydown}>
                { for props.tabs.iter().enumerate().map(|(i, &(name, title))| {
                    let selected = i == selected_index;
                    html! {
                        <button type="button" role="tab" id={format!("interpol-explorer-{name}-tab")} ref={refs[i].clone()}
                            aria-selected={selected.to_string()} aria-controls={panel_id.clone()}
                            tabindex={if selected { "0" } else { "-1" }}
                            onclick={props.on_select.reform(move |_| name)}>
                            { title }
                        </button>
                    }
                }) }
            </div>
            <div role="tabpanel" id={panel_id.clone()} aria-labelledby={format!("interpol-explorer-{}-tab", props.tabs[selected_index].0)}>
                { props.children.clone() }
            </div>
        </>
    }
}

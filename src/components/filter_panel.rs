use explorer_model::text::counted;
use explorer_query::facets::Facet;
use explorer_query::filter::{FacetValue, Filters};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub filters: Filters,
    /// Each facet with its values and live counts, as the page counts them (operations on
    /// the operations page, countries on the countries page).
    pub facets: Vec<(Facet, Vec<FacetValue>)>,
    /// What the counts count, singular and plural (`("case", "cases")`): each value says it,
    /// "forced labour (3 cases)".
    pub counted: (&'static str, &'static str),
    /// What the region and subregion counts count where they differ from the others (the
    /// map's places count countries, its other facets operations).
    #[prop_or_default]
    pub counted_places: Option<(&'static str, &'static str)>,
    pub on_change: Callback<Filters>,
    /// What the search box looks through, shown in it while empty.
    pub search_hint: AttrValue,
    /// Whether to offer a year range (views of operations).
    #[prop_or_default]
    pub years: bool,
    /// Whether the filters start closed on every screen (where the view's own content is what
    /// a reader comes for, as on the timeline).
    #[prop_or_default]
    pub closed_at_first: bool,
}

/// Values a facet shows before the reader asks for all of them (chosen values always show):
/// a corpus of hundreds of operations would otherwise list hundreds of checkboxes. The facet
/// shows each of these in full, none hidden in a small scroll area, and its "Show all" button
/// says how many there are; six keep a facet about as tall as that scroll area was.
const FIRST_VALUES: usize = 6;

/// The screens wide enough for the filters to start open. On a narrower one they start
/// closed behind one control: on a phone, 1,100 px of filters came before the first of six rows.
const OPEN_FROM: &str = "(min-width: 48rem)";

const FIELDS_ID: &str = "interpol-explorer-filter-fields";

/// Where the reader's choice to close the filters is kept (in the browser's local storage):
/// closed once, they start closed on every view until the reader opens them again.
const CLOSED_KEY: &str = "interpol-explorer:filters-closed";

/// The search box, the year range and the facets with live counts, behind one control that
/// says how many filters are chosen; the active filters as removable chips and a way to clear
/// them all, seen with the panel open or closed.
#[function_component(FilterPanel)]
pub fn filter_panel(props: &FilterPanelProps) -> Html {
    let filters = &props.filters;
    let closed_at_first = props.closed_at_first;
    let open = use_state(|| !closed_at_first && !remembered_closed() && screen_matches(OPEN_FROM));
    let toggle_open = {
        let open = open.clone();
        Callback::from(move |_| {
            remember_closed(*open);
            open.set(!*open);
        })
    };
    // The facets whose every value the reader asked to see.
    let expanded = use_state(Vec::<Facet>::new);
    let on_search = {
        let (filters, on_change) = (filters.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_change.emit(Filters { text: input.value(), ..filters.clone() });
        })
    };
    let on_year = |to: bool| {
        let (filters, on_change) = (filters.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            // An empty or unreadable year clears that end of the range.
            let year = input.value().trim().parse::<i32>().ok();
            let next = if to {
                Filters { year_to: year, ..filters.clone() }
            } else {
                Filters { year_from: year, ..filters.clone() }
            };
            on_change.emit(next);
        })
    };
    let clear = {
        // Clearing the filters keeps the open tab and the sort.
        let cleared = Filters { tab: filters.tab.clone(), sort: filters.sort.clone(), ..Filters::default() };
        props.on_change.reform(move |_| cleared.clone())
    };
    html! {
        <section class="filters" aria-label="Filters">
            <button type="button" class="filters-toggle" aria-expanded={open.to_string()} aria-controls={FIELDS_ID}
                onclick={toggle_open}>
                { filters.panel_label() }
            </button>
            <div class="filter-fields" id={FIELDS_ID} hidden={!*open}>
                <label class="search">
                    { "Search " }
                    <input type="search" value={filters.text.clone()} oninput={on_search}
                        placeholder={props.search_hint.clone()} />
                </label>
                if props.years {
                    <fieldset class="years">
                        <legend>{ "Years" }</legend>
                        <label>{ "From " }<input type="number" min="1900" max="2100" inputmode="numeric"
                            value={filters.year_from.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year(false)} /></label>
                        <label>{ " to " }<input type="number" min="1900" max="2100" inputmode="numeric"
                            value={filters.year_to.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year(true)} /></label>
                    </fieldset>
                }
                { for props.facets.iter().map(|(facet, values)| {
                    let all = expanded.contains(facet);
                    let (one, many) = match props.counted_places {
                        Some(places) if matches!(facet, Facet::Region | Facet::Subregion) => places,
                        _ => props.counted,
                    };
                    let shown = values
                        .iter()
                        .enumerate()
                        .filter(|(i, value)| all || *i < FIRST_VALUES || filters.has(*facet, &value.value))
                        .map(|(_, value)| value);
                    html! {
                        <fieldset class="facet">
                            <legend>{ facet_title(*facet) }</legend>
                            // Keyed, so that a value keeps its checkbox when the counts reorder them.
                            { for shown.map(|value| html! {
                                <label key={value.value.clone()}>
                                    <input type="checkbox" checked={filters.has(*facet, &value.value)}
                                        onchange={toggle(filters, &props.on_change, *facet, &value.value)} />
                                    { format!(" {} ({})", value.label, counted(value.count, one, many)) }
                                </label>
                            }) }
                            if values.len() > FIRST_VALUES {
                                <button type="button" class="more" aria-expanded={all.to_string()}
                                    onclick={expand(&expanded, *facet)}>
                                    { if all { "Show fewer".to_string() } else { format!("Show all {}", values.len()) } }
                                </button>
                            }
                        </fieldset>
                    }
                }) }
            </div>
            if !filters.chosen.is_empty() {
                <ul class="chips" aria-label="Active filters">
                    { for filters.chosen.iter().map(|(facet, value)| {
                        let label = props
                            .facets
                            .iter()
                            .filter(|(f, _)| f == facet)
                            .flat_map(|(_, values)| values)
                            .find(|v| v.value == *value)
                            .map_or(value.clone(), |v| v.label.clone());
                        let name = format!("{}: {label}", facet_title(*facet));
                        html! {
                            <li>
                                <button type="button" onclick={toggle(filters, &props.on_change, *facet, value)}
                                    aria-label={format!("Remove filter {name}")}>
                                    { format!("{name} ×") }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if !filters.is_empty() {
                <button type="button" class="clear" onclick={clear}>{ "Clear all filters" }</button>
            }
        </section>
    }
}

/// The browser's local storage, where the page may use it (a sandboxed frame or a browser set
/// to refuse storage has none).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the reader closed the filters on an earlier view.
fn remembered_closed() -> bool {
    local_storage().and_then(|storage| storage.get_item(CLOSED_KEY).ok().flatten()).is_some()
}

/// Keeps the reader's choice: closed, or no longer closed.
fn remember_closed(closed: bool) {
    let Some(storage) = local_storage() else { return };
    // Where storage refuses to write (full, or private browsing), the choice lasts the view.
    let _ = if closed { storage.set_item(CLOSED_KEY, "1") } else { storage.remove_item(CLOSED_KEY) };
}

/// Whether the window matches a media query; false where it cannot tell.
fn screen_matches(query: &str) -> bool {
    web_sys::window().and_then(|window| window.match_media(query).ok().flatten()).is_some_and(|list| list.matches())
}

/// What a facet's "show all" button does: show every value, or the first ones again.
fn expand(expanded: &UseStateHandle<Vec<Facet>>, facet: Facet) -> Callback<MouseEvent> {
    let expanded = expanded.clone();
    Callback::from(move |_| {
        let mut next = (*expanded).clone();
        match next.iter().position(|f| *f == facet) {
            Some(i) => {
                next.remove(i);
            }
            None => next.push(facet),
        }
        expanded.set(next);
    })
}

/// What a checkbox change or a chip's click does: choose the value, or drop it.
fn toggle<E: 'static>(filters: &Filters, on_change: &Callback<Filters>, facet: Facet, value: &str) -> Callback<E> {
    let next = filters.toggled(facet, value);
    on_change.reform(move |_| next.clone())
}

fn facet_title(facet: Facet) -> &'static str {
    match facet {
        Facet::Operation => "Operation",
        Facet::Series => "Series",
        Facet::Country => "Country",
        Facet::Region => "Region",
        Facet::Subregion => "Subregion",
        Facet::Theme => "Theme",
        Facet::CrimeArea => "Crime area",
        Facet::Partner => "Partner",
    }
}

use explorer_core::filter::{matching, operation_facets};
use explorer_core::map::{class_of, classes, operations_per_country};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::filter_panel::FilterPanel;
use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::data::{WORLD_DOTS, WORLD_SHAPES, WORLD_VIEW_BOX, use_dataset};
use crate::filters::use_filters;
use crate::route::Route;

const DESCRIPTION_ID: &str = "interpol-explorer-map-description";
const TABLE_CAPTION: &str = "Operations per country, most first";
/// A dot's radius, in the map's units (1000 across).
const DOT_RADIUS: f64 = 3.0;

/// The world shaded by how many of the filtered operations each country took part in. Countries
/// of the dataset are links to their pages, in name order so that the keyboard visits them
/// alphabetically; pointing at or focusing one shows its count. A legend, a description and a
/// table say the same in words.
#[function_component(MapPage)]
pub fn map_page() -> Html {
    let dataset = use_dataset();
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    // The country pointed at or focused, by code.
    let shown = use_state(|| None::<String>);
    let kept = matching(&dataset, &filters);
    // Every country of the dataset has a count (0 for none): its key is also what makes it a link.
    let counts = operations_per_country(&dataset, &kept);
    let largest = counts.values().copied().max().unwrap_or(0);
    let classes = classes(largest);
    let name = |code: &str| dataset.country(code).map_or(code.to_string(), |c| c.name.clone());
    let fill = |code: &str| match class_of(counts.get(code).copied().unwrap_or(0), &classes) {
        Some(class) => format!("map-class-{class}"),
        None => "map-none".to_string(),
    };
    let label = |code: &str| {
        let count = counts.get(code).copied().unwrap_or(0);
        format!("{}: {}", name(code), operations(count))
    };

    // Shapes of countries the dataset does not name are drawn, not linked.
    let linkable = |code: &Option<&'static str>| code.filter(|c| counts.contains_key(*c));
    let unlinked: Vec<(&str, &str)> =
        WORLD_SHAPES.iter().filter(|(code, ..)| linkable(code).is_none()).map(|(_, name, d)| (*name, *d)).collect();
    let mut linked: Vec<(&str, &str)> =
        WORLD_SHAPES.iter().filter_map(|(code, _, d)| Some((linkable(code)?, *d))).collect();
    linked.sort_by_cached_key(|(code, _)| name(code));
    let mut dots: Vec<&(&str, &str, f64, f64)> =
        WORLD_DOTS.iter().filter(|(code, ..)| counts.contains_key(*code)).collect();
    dots.sort_by_cached_key(|(code, ..)| name(code));

    let on_point = {
        let shown = shown.clone();
        Callback::from(move |event: Event| shown.set(code_at(&event)))
    };
    let readout = match shown.as_deref() {
        Some(code) => label(code),
        None => "Point at or tab to a country to see its count.".to_string(),
    };
    let mut by_count: Vec<(&str, usize)> = counts.iter().map(|(code, n)| (code.as_str(), *n)).collect();
    by_count.sort_by_cached_key(|(code, n)| (std::cmp::Reverse(*n), name(code)));
    let taking_part = by_count.iter().filter(|(_, n)| *n > 0).count();
    let leaders: Vec<String> =
        by_count.iter().take_while(|(_, n)| *n == largest && largest > 0).map(|(code, _)| name(code)).collect();
    let description = if taking_part == 0 {
        format!("No country took part in the {} operations these filters keep.", kept.len())
    } else {
        format!(
            "Countries shaded by how many of the {} operations these filters keep they took part in, as listed \
             participants: {taking_part} countries took part in at least one; the most, {}: {}.",
            kept.len(),
            operations(largest),
            leaders.join(", ")
        )
    };
    let (width, height) = WORLD_VIEW_BOX;
    // Room for the dots at the edges.
    let view_box =
        format!("{} {} {} {}", -DOT_RADIUS, -DOT_RADIUS, width + 2.0 * DOT_RADIUS, height + 2.0 * DOT_RADIUS);

    html! {
        <>
            <h1>{ "Map" }</h1>
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <figure class="world-map">
                <svg viewBox={view_box} role="group" aria-label="World map of operations per country"
                    aria-describedby={DESCRIPTION_ID} onmouseover={on_point.reform(|e: MouseEvent| e.into())}
                    onfocusin={on_point.reform(|e: FocusEvent| e.into())}>
                    <g class="map-unlinked" aria-hidden="true">
                        { for unlinked.iter().map(|(name, d)| html! {
                            <path class="map-absent" d={*d}><title>{ *name }</title></path>
                        }) }
                    </g>
                    <g class="map-linked">
                        { for linked.iter().map(|(code, d)| {
                            let label = AttrValue::from(label(code));
                            html! {
                                <RouteLink to={Route::Country { code: code.to_string() }} aria_label={label.clone()}>
                                    <path class={fill(code)} d={*d} data-code={*code}><title>{ label }</title></path>
                                </RouteLink>
                            }
                        }) }
                        { for dots.iter().map(|(code, _, x, y)| {
                            let label = AttrValue::from(label(code));
                            html! {
                                <RouteLink to={Route::Country { code: code.to_string() }} aria_label={label.clone()}>
                                    <circle class={classes!("map-dot", fill(code))} cx={x.to_string()} cy={y.to_string()}
                                        r={DOT_RADIUS.to_string()} data-code={*code}><title>{ label }</title></circle>
                                </RouteLink>
                            }
                        }) }
                    </g>
                </svg>
                <figcaption>
                    <p class="map-readout" aria-live="polite">{ readout }</p>
                    <ul class="map-legend" aria-label="Legend">
                        { for classes.iter().enumerate().map(|(i, (low, high))| legend_entry(&format!("map-class-{i}"), &range(*low, *high))) }
                        { legend_entry("map-none", "none of these operations") }
                        { legend_entry("map-absent", "not named in the releases") }
                    </ul>
                    <p id={DESCRIPTION_ID}>{ description }</p>
                </figcaption>
            </figure>
            // After the map: a reader comes for the map, and the filters recolour it from below.
            <FilterPanel filters={filters.clone()} facets={operation_facets(&dataset, &filters)} on_change={set_filters}
                search_hint="names, cases, quotes" years=true />
            <details class="map-table">
                <summary>{ "The map as a table" }</summary>
                <ScrollBox label={TABLE_CAPTION}>
                    <table>
                        <caption>{ TABLE_CAPTION }</caption>
                        <thead><tr><th scope="col">{ "Country" }</th><th scope="col" class="number">{ "Operations" }</th></tr></thead>
                        <tbody>
                            { for by_count.iter().map(|(code, count)| html! {
                                <tr key={*code}>
                                    <th scope="row"><RouteLink to={Route::Country { code: code.to_string() }}>{ name(code) }</RouteLink></th>
                                    <td class="number">{ count }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </ScrollBox>
            </details>
        </>
    }
}

/// The code of the country an event happened on: the element itself or, for a link that got
/// focus, the shape inside it.
fn code_at(event: &Event) -> Option<String> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let coded = match target.closest("[data-code]").ok()? {
        Some(element) => element,
        None => target.query_selector("[data-code]").ok()??,
    };
    coded.get_attribute("data-code")
}

fn legend_entry(class: &str, text: &str) -> Html {
    html! {
        <li>
            <svg class="map-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class={class.to_string()} width="10" height="10" /></svg>
            { format!(" {text}") }
        </li>
    }
}

fn range(low: usize, high: usize) -> String {
    if low == high { operations(low) } else { format!("{low}–{high} operations") }
}

fn operations(count: usize) -> String {
    if count == 1 { "1 operation".to_string() } else { format!("{count} operations") }
}

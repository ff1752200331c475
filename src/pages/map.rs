use explorer_model::text::counted;
use explorer_query::map::{class_of, classes, map_counts, map_facets};
use explorer_query::sorting::sort_by_cached_key;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::filter_panel::FilterPanel;
use crate::components::page_heading::PageHeading;
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
/// of the dataset are links to their pages; pointing at or focusing one shows its count. A
/// legend, a description and a table say the same in words.
///
/// The map is one tab stop, and the arrow keys (Home, End) move among its countries in name
/// order (the shapes, then the dots of the smallest): as 139 tab stops it stood between the
/// keyboard and the filters and table below. The filters stay after the map, because the
/// reader comes for the map; screen readers still list every country as a link; the table
/// below is the same data as rows.
#[function_component(MapPage)]
pub fn map_page() -> Html {
    let dataset = use_dataset();
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    // The country pointed at or focused, by code.
    let shown = use_state(|| None::<String>);
    // The country that holds the map's one tab stop: the last focused, at first the first.
    let tab_stop = use_state(|| None::<String>);
    // Every country shown has a count (0 for none): its key is also what makes it a link.
    let (kept, counts) = map_counts(&dataset, &filters);
    let places_chosen = filters.without_places() != filters;
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
    // Those the data names outside the chosen places are drawn apart from those it never names.
    let unlinked: Vec<(&str, &str, &str)> = WORLD_SHAPES
        .iter()
        .filter(|(code, ..)| linkable(code).is_none())
        .map(|(code, name, d)| {
            let named = code.is_some_and(|c| dataset.country(c).is_some());
            (if named { "map-outside" } else { "map-absent" }, *name, *d)
        })
        .collect();
    let mut linked: Vec<(&str, &str)> =
        WORLD_SHAPES.iter().filter_map(|(code, _, d)| Some((linkable(code)?, *d))).collect();
    sort_by_cached_key(&mut linked, |(code, _)| name(code));
    let mut dots: Vec<&(&str, &str, f64, f64)> =
        WORLD_DOTS.iter().filter(|(code, ..)| counts.contains_key(*code)).collect();
    sort_by_cached_key(&mut dots, |(code, ..)| name(code));

    let tab_stop_code = tab_stop.as_deref().or(linked.first().map(|(code, _)| *code)).or(dots.first().map(|d| d.0));
    let tabindex = |code: &str| AttrValue::Static(if Some(code) == tab_stop_code { "0" } else { "-1" });
    let on_point = {
        let shown = shown.clone();
        Callback::from(move |event: MouseEvent| shown.set(code_at(&event)))
    };
    let on_focus = {
        let (shown, tab_stop) = (shown.clone(), tab_stop.clone());
        Callback::from(move |event: FocusEvent| {
            let code = code_at(&event);
            if code.is_some() {
                tab_stop.set(code.clone());
            }
            shown.set(code);
        })
    };
    let readout = match shown.as_deref() {
        Some(code) => label(code),
        None => "Point at a country, or tab to the map and use the arrow keys, to see its count.".to_string(),
    };
    let mut by_count: Vec<(&str, usize)> = counts.iter().map(|(code, n)| (code.as_str(), *n)).collect();
    sort_by_cached_key(&mut by_count, |(code, n)| (std::cmp::Reverse(*n), name(code)));
    let taking_part = by_count.iter().filter(|(_, n)| *n > 0).count();
    let leaders: Vec<String> =
        by_count.iter().take_while(|(_, n)| *n == largest && largest > 0).map(|(code, _)| name(code)).collect();
    let description = if taking_part == 0 {
        format!("No country took part in the {} operations these filters keep.", kept.len())
    } else {
        format!(
            "Each country is shaded by the number of operations it is listed as taking part in, out of the {} \
             these filters keep: {taking_part} countries took part in at least one; the most, {}: {}.",
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
            <PageHeading text="Map" />
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <figure class="world-map">
                <svg viewBox={view_box} role="group" aria-label="World map of operations per country"
                    aria-describedby={DESCRIPTION_ID} onmouseover={on_point} onfocusin={on_focus}
                    onkeydown={Callback::from(|event: KeyboardEvent| move_among_countries(&event))}>
                    <g class="map-unlinked" aria-hidden="true">
                        { for unlinked.iter().map(|(class, name, d)| html! {
                            <path class={*class} d={*d}><title>{ *name }</title></path>
                        }) }
                    </g>
                    <g class="map-linked">
                        { for linked.iter().map(|(code, d)| {
                            let label = AttrValue::from(label(code));
                            html! {
                                <RouteLink to={Route::Country { code: code.to_string() }} aria_label={label.clone()} tabindex={tabindex(code)}>
                                    <path class={fill(code)} d={*d} data-code={*code}><title>{ label }</title></path>
                                </RouteLink>
                            }
                        }) }
                        { for dots.iter().map(|(code, _, x, y)| {
                            let label = AttrValue::from(label(code));
                            html! {
                                <RouteLink to={Route::Country { code: code.to_string() }} aria_label={label.clone()} tabindex={tabindex(code)}>
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
                        if places_chosen {
                            { legend_entry("map-outside", "outside the chosen regions") }
                        }
                        { legend_entry("map-absent", "not named in the releases") }
                    </ul>
                    <p id={DESCRIPTION_ID}>{ description }</p>
                </figcaption>
            </figure>
            // After the map: a reader comes for the map, and the filters recolour it from below.
            <FilterPanel filters={filters.clone()} counted={("operation", "operations")} counted_places={("country", "countries")}
                facets={map_facets(&dataset, &filters)} on_change={set_filters}
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

/// Arrow keys move focus to the next or previous country link of the map (wrapping round),
/// Home and End to the first and last; other keys keep their meaning.
fn move_among_countries(event: &KeyboardEvent) {
    // The group of links around the target (Yew listens at the app's root, so the event's
    // current target is that root, not the map).
    let Some(target) = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(Some(group)) = target.closest(".map-linked") else { return };
    let Ok(links) = group.query_selector_all("a") else { return };
    let count = links.length();
    let Some(current) = (0..count).find(|&i| links.item(i).is_some_and(|link| link.contains(Some(&target)))) else {
        return;
    };
    let next = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => (current + 1) % count,
        "ArrowLeft" | "ArrowUp" => (current + count - 1) % count,
        "Home" => 0,
        "End" => count - 1,
        _ => return,
    };
    // The page would scroll on these keys otherwise.
    event.prevent_default();
    if let Some(link) = links.item(next).and_then(|link| link.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = link.focus();
    }
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
    counted(count, "operation", "operations")
}

use std::cell::RefCell;
use std::rc::Rc;

use explorer_model::text::counted;
use explorer_query::facets::Facet;
use explorer_query::map::{
    Extent, Heading, Point, class_of, classes, first_named, map_counts, map_facets, next_towards, zoomed_view,
};
use explorer_query::sorting::sort_by_cached_key;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::filter_panel::FilterPanel;
use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::data::{WORLD_DOTS, WORLD_SHAPES, WORLD_VIEW_BOX, WorldShape, use_dataset};
use crate::filters::use_filters;
use crate::route::Route;

const DESCRIPTION_ID: &str = "interpol-explorer-map-description";
const TABLE_CAPTION: &str = "Operations per country, most first";
/// A dot's radius, in the map's units (1000 across).
const DOT_RADIUS: f64 = 3.0;
/// How long after a letter the next one still adds to the name being typed, in milliseconds.
const TYPING_PAUSE: f64 = 1000.0;

/// A country of the map that is a link: its code, name, centre and extent, which the arrow keys
/// measure from and to.
type Place = (&'static str, String, Point, Extent);

/// The letters typed on the map so far, and when the last came.
#[derive(Default)]
struct Typed {
    text: String,
    at: f64,
}

/// The world shaded by how many of the filtered operations each country took part in. Countries
/// of the dataset are links to their pages; pointing at or focusing one shows its count. A
/// legend, a description and a table say the same in words.
///
/// The map is one tab stop: as 139 tab stops it stood between the keyboard and the filters and
/// table below. Within it the arrow keys move to the nearest country that way, typing a name's
/// first letters to that country, Home and End to the first and last in name order. On a
/// touch screen most countries are smaller than a finger, so a tap first says which country
/// it hit, with its count and a link; a second tap on it opens its page. With regions chosen,
/// the map zooms to them. The filters stay after the map, because the reader comes for the
/// map; screen readers still list every country as a link; the table below is the same data
/// as rows.
#[function_component(MapPage)]
pub fn map_page() -> Html {
    let dataset = use_dataset();
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    // The country pointed at or focused, by code.
    let shown = use_state(|| None::<String>);
    // The country that holds the map's one tab stop: the last focused, at first the first.
    let tab_stop = use_state(|| None::<String>);
    // The country last tapped on a touch screen: a second tap on it opens its page.
    let tapped = use_state(|| None::<String>);
    // What the last pointer pressed on the map was ("mouse", "touch", "pen"; "" after a key).
    let pointer = use_mut_ref(String::new);
    let typed = use_mut_ref(Typed::default);
    // Every country shown has a count (0 for none): its key is also what makes it a link.
    let (kept, counts) = map_counts(&dataset, &filters);
    let places_chosen = filters.without_places() != filters;
    let regions_chosen = filters.without_facets(&[Facet::Region, Facet::Subregion]) != filters;
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
        .filter(|shape| linkable(&shape.code).is_none())
        .map(|shape| {
            let named = shape.code.is_some_and(|c| dataset.country(c).is_some());
            (if named { "map-outside" } else { "map-absent" }, shape.name, shape.path)
        })
        .collect();
    let mut linked: Vec<(&'static str, &'static WorldShape)> =
        WORLD_SHAPES.iter().filter_map(|shape| Some((linkable(&shape.code)?, shape))).collect();
    sort_by_cached_key(&mut linked, |(code, _)| name(code));
    let mut dots: Vec<&(&str, &str, f64, f64)> =
        WORLD_DOTS.iter().filter(|(code, ..)| counts.contains_key(*code)).collect();
    sort_by_cached_key(&mut dots, |(code, ..)| name(code));
    // Every linked country, shapes and dots together, in name order: what the keys move among.
    let mut places: Vec<Place> = linked
        .iter()
        .map(|(code, shape)| (*code, name(code), shape.centre, shape.extent))
        .chain(dots.iter().map(|dot| (dot.0, name(dot.0), (dot.2, dot.3), dot_extent(dot))))
        .collect();
    sort_by_cached_key(&mut places, |(_, name, ..)| name.clone());
    let places = Rc::new(places);

    let tab_stop_code = tab_stop.as_deref().or(places.first().map(|(code, ..)| *code));
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
    let on_pointer_down = {
        let pointer = pointer.clone();
        Callback::from(move |event: PointerEvent| *pointer.borrow_mut() = event.pointer_type())
    };
    // A tap on a country not tapped before shows it instead of opening its page.
    let on_country_click = {
        let (pointer, shown, tapped) = (pointer.clone(), shown.clone(), tapped.clone());
        Callback::from(move |event: MouseEvent| {
            let code = code_at(&event);
            if pointer.borrow().as_str() == "touch" && code.is_some() && *tapped != code {
                event.prevent_default();
                tapped.set(code.clone());
                shown.set(code);
            }
        })
    };
    let on_key = {
        let places = places.clone();
        Callback::from(move |event: KeyboardEvent| {
            // A key pressed means the keyboard is in use: Enter then opens the country's page.
            pointer.borrow_mut().clear();
            move_among_countries(&event, &places, &typed);
        })
    };
    // A country shown before the filters changed may no longer be on the map.
    let shown_code = shown.as_deref().filter(|code| counts.contains_key(*code));
    let readout = match shown_code {
        Some(code) => html! {
            <>
                { label(code) }
                if tapped.as_deref() == Some(code) {
                    { " " }
                    <RouteLink to={Route::Country { code: code.to_string() }}>{ format!("Open the page of {}", name(code)) }</RouteLink>
                }
            </>
        },
        // Only the words for the reader's own kind of pointer show (style.css).
        None => html! {
            <>
                <span class="map-hint-fine">
                    { "Point at a country, or tab to the map and use the arrow keys or type a name, to see its count." }
                </span>
                <span class="map-hint-coarse">{ "Tap a country to see its count; tap it again to open its page." }</span>
            </>
        },
    };
    // The ring round the country shown, drawn over its neighbours so that none hides part of it.
    let ring = |d: &str| html! { <><path class="map-ring-halo" d={d.to_string()} /><path class="map-ring-line" d={d.to_string()} /></> };
    let ring_circle = |(x, y): Point| {
        let circle = |class: &'static str| html! { <circle {class} cx={x.to_string()} cy={y.to_string()} r={DOT_RADIUS.to_string()} /> };
        html! { <>{ circle("map-ring-halo") }{ circle("map-ring-line") }</> }
    };
    let ringed = shown_code.and_then(|code| match linked.iter().find(|(c, _)| *c == code) {
        Some((_, shape)) => Some(ring(shape.path)),
        None => dots.iter().find(|(c, ..)| *c == code).map(|(_, _, x, y)| ring_circle((*x, *y))),
    });
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
    let whole = Extent { west: -DOT_RADIUS, north: -DOT_RADIUS, east: width + DOT_RADIUS, south: height + DOT_RADIUS };
    let shown_part = if regions_chosen { zoomed_view(places.iter().map(|(.., extent)| *extent), whole) } else { whole };
    let view_box = format!("{} {} {} {}", shown_part.west, shown_part.north, shown_part.width(), shown_part.height());

    html! {
        <>
            <PageHeading text="Map" />
            if !parsed.unread.is_empty() {
                <p class="notice">{ format!("Ignored in the address: {}", parsed.unread.join(", ")) }</p>
            }
            <figure class="world-map">
                <svg viewBox={view_box} role="group" aria-label="World map of operations per country"
                    aria-describedby={DESCRIPTION_ID} onmouseover={on_point} onfocusin={on_focus}
                    onpointerdown={on_pointer_down} onkeydown={on_key}>
                    <g class="map-unlinked" aria-hidden="true">
                        { for unlinked.iter().map(|(class, name, d)| html! {
                            <path class={*class} d={*d}><title>{ *name }</title></path>
                        }) }
                    </g>
                    <g class="map-linked">
                        { for linked.iter().map(|(code, shape)| {
                            let label = AttrValue::from(label(code));
                            html! {
                                <RouteLink to={Route::Country { code: code.to_string() }} aria_label={label.clone()} tabindex={tabindex(code)}
                                    onclick={on_country_click.clone()}>
                                    <path class={fill(code)} d={shape.path} data-code={*code}><title>{ label }</title></path>
                                </RouteLink>
                            }
                        }) }
                        { for dots.iter().map(|(code, _, x, y)| {
                            let label = AttrValue::from(label(code));
                            html! {
                                <RouteLink to={Route::Country { code: code.to_string() }} aria_label={label.clone()} tabindex={tabindex(code)}
                                    onclick={on_country_click.clone()}>
                                    <circle class={classes!("map-dot", fill(code))} cx={x.to_string()} cy={y.to_string()}
                                        r={DOT_RADIUS.to_string()} data-code={*code}><title>{ label }</title></circle>
                                </RouteLink>
                            }
                        }) }
                    </g>
                    if let Some(ring) = ringed {
                        <g class="map-ring" aria-hidden="true">{ ring }</g>
                    }
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

/// The keys within the map: an arrow moves focus to the nearest country that way, Home and End
/// to the first and last country in name order, and letters typed without a pause to the
/// first country whose name starts with them. Other keys keep their meaning.
fn move_among_countries(event: &KeyboardEvent, places: &[Place], typed: &RefCell<Typed>) {
    // The map's group of links (Yew listens at the app's root, so the event's current target
    // is that root, not the map).
    let Some(target) = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(Some(group)) = target.closest(".map-linked") else { return };
    let Some(current) = code_at(event) else { return };
    let key = event.key();
    let next = if let Some(heading) = Heading::of_key(&key) {
        let Some((_, _, from, _)) = places.iter().find(|(code, ..)| *code == current) else { return };
        let measured: Vec<(Point, Extent)> = places.iter().map(|(_, _, centre, extent)| (*centre, *extent)).collect();
        // Nothing that way: focus stays, and the page does not scroll either.
        next_towards(*from, heading, &measured)
            .unwrap_or_else(|| places.iter().position(|(code, ..)| *code == current).unwrap_or(0))
    } else if key == "Home" {
        0
    } else if key == "End" {
        places.len().saturating_sub(1)
    } else if key.chars().count() == 1 && !(event.ctrl_key() || event.meta_key() || event.alt_key()) {
        let mut typed = typed.borrow_mut();
        if event.time_stamp() - typed.at > TYPING_PAUSE {
            typed.text.clear();
        }
        // A space starts no name (alone it scrolls the page, as it does elsewhere), though it
        // may be within one ("Costa Rica").
        if typed.text.is_empty() && key == " " {
            return;
        }
        typed.at = event.time_stamp();
        typed.text.push_str(&key);
        let names: Vec<&str> = places.iter().map(|(_, name, ..)| name.as_str()).collect();
        let Some(named) = first_named(&typed.text, &names) else { return };
        named
    } else {
        return;
    };
    // The page would scroll on these keys otherwise, and a letter start the browser's
    // find-as-you-type where that is on.
    event.prevent_default();
    let Some((code, ..)) = places.get(next) else { return };
    let link = group
        .query_selector(&format!("[data-code=\"{code}\"]"))
        .ok()
        .flatten()
        .and_then(|shape| shape.closest("a").ok().flatten());
    if let Some(link) = link.and_then(|link| link.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = link.focus();
    }
}

/// The box a dot takes on the map.
fn dot_extent(&(_, _, x, y): &(&str, &str, f64, f64)) -> Extent {
    Extent { west: x - DOT_RADIUS, north: y - DOT_RADIUS, east: x + DOT_RADIUS, south: y + DOT_RADIUS }
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

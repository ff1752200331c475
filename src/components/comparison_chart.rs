use explorer_query::compare::{Amount, Measure, compare};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::data::use_dataset;
use crate::filters::split_query;
use crate::route::Route;
use crate::timing;

#[derive(Properties, PartialEq)]
pub struct ComparisonChartProps {
    pub measure: Measure,
    /// The operations the view's filters keep, by id: the chart compares those.
    pub kept: Vec<String>,
}

/// A headline figure across operations as a bar table: each row names the operation and
/// states the value as written (so the chart is its own text alternative); a bar shows its
/// size; each operation's name links to its page. The choice of figure is part of the
/// address, beside the view's filters; choosing one keeps the reader where they are.
#[function_component(ComparisonChart)]
pub fn comparison_chart(props: &ComparisonChartProps) -> Html {
    let dataset = use_dataset();
    let navigator = use_navigator();
    let location = use_location();
    // The route the reader is on (`/` or `/timeline`): going from one to the other would be a
    // change of view, which starts the reader at the top.
    let route = use_route::<Route>().unwrap_or(Route::Timeline);
    let query = location.as_ref().map_or(String::new(), |l| l.query_str().to_string());
    let rows: Vec<_> =
        compare(&dataset, &props.measure).into_iter().filter(|row| props.kept.contains(&row.id)).collect();
    let caption = format!("{} per operation, as stated in its releases", props.measure.label());
    let largest = rows.iter().filter_map(|r| r.largest()).map(Amount::approximately).fold(0.0, f64::max);
    // The figures, then the seizures the dataset states, apart under their own heading.
    let (figures, seized): (Vec<Measure>, Vec<Measure>) =
        Measure::choices(&dataset).into_iter().partition(|m| !matches!(m, Measure::Seized(_)));
    let option = |m: &Measure| html! { <option value={m.key()} selected={*m == props.measure}>{ m.label() }</option> };
    let on_change = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        timing::mark_input();
        if let Some(navigator) = &navigator {
            let (_, filters) = split_query(&query, &["figure"]);
            let figure = format!("figure={}", select.value());
            let query = if filters.is_empty() { figure } else { format!("{filters}&{figure}") };
            // A raw query cannot fail to encode: its error type has no values.
            let Ok(()) = navigator.push_with_query(&route, Raw(query));
        }
    });
    html! {
        <section class="comparison" aria-labelledby="interpol-explorer-comparison-title">
            <h2 id="interpol-explorer-comparison-title">{ "Compare operations" }</h2>
            <label>
                { "Figure " }
                <select onchange={on_change}>
                    { for figures.iter().map(option) }
                    if !seized.is_empty() {
                        <optgroup label="Seized">{ for seized.iter().map(option) }</optgroup>
                    }
                </select>
            </label>
            <ScrollBox label={caption.clone()}>
                <table class="bars">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr><th scope="col">{ "Operation" }</th><th scope="col">{ "Value" }</th></tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| {
                            // No value larger than nothing: every bar empty, none divided by zero.
                            let share = |value: f64| if largest > 0.0 { value / largest * 100.0 } else { 0.0 };
                            // Where releases differ, the bar reaches the lowest value and a paler
                            // part runs on to the highest.
                            let value = row.value.map_or(0.0, Amount::approximately);
                            let (low, high) =
                                row.range.map_or((value, value), |(low, high)| (low.approximately(), high.approximately()));
                            html! {
                                <tr key={row.id.clone()}>
                                    <th scope="row">
                                        <RouteLink to={Route::Operation { id: row.id.clone() }}>{ &row.label }</RouteLink>
                                    </th>
                                    <td>
                                        // An SVG width, not a style attribute: a strict Content-Security-Policy
                                        // (style-src 'self') refuses inline styles.
                                        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                            <rect width={format!("{:.1}", share(low))} height="10" />
                                            if high > low {
                                                <rect class="range" x={format!("{:.1}", share(low))}
                                                    width={format!("{:.1}", share(high) - share(low))} height="10" />
                                            }
                                        </svg>
                                        <span class="value">{ row.text() }</span>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </ScrollBox>
        </section>
    }
}

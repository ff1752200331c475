use explorer_core::compare::{Measure, compare};
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::components::scroll_box::ScrollBox;
use crate::data::use_dataset;
use crate::route::Route;
use crate::timing;

#[derive(Properties, PartialEq)]
pub struct ComparisonChartProps {
    pub measure: Measure,
}

/// A headline figure across operations as a bar table: each row names the operation and
/// states the value as written (so the chart is its own text alternative); a bar shows its
/// size. The choice of figure is part of the address.
#[function_component(ComparisonChart)]
pub fn comparison_chart(props: &ComparisonChartProps) -> Html {
    let dataset = use_dataset();
    let navigator = use_navigator();
    let rows = compare(&dataset, props.measure);
    let caption = format!("{} per operation, as stated in its releases", props.measure.label());
    let largest = rows.iter().filter_map(|r| r.range.map(|(_, high)| high).or(r.value)).max().unwrap_or(1).max(1);
    let on_change = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        timing::mark_input();
        if let Some(navigator) = &navigator {
            // A raw query cannot fail to encode: its error type has no values.
            let Ok(()) = navigator.push_with_query(&Route::Timeline, Raw(format!("figure={}", select.value())));
        }
    });
    html! {
        <section class="comparison" aria-labelledby="interpol-explorer-comparison-title">
            <h2 id="interpol-explorer-comparison-title">{ "Compare operations" }</h2>
            <label>
                { "Figure " }
                <select onchange={on_change}>
                    { for Measure::CHOICES.iter().map(|m| html! {
                        <option value={m.key()} selected={*m == props.measure}>{ m.label() }</option>
                    }) }
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
                            let share = |value: u64| value as f64 / largest as f64 * 100.0;
                            // Where releases differ, the bar reaches the lowest value and a paler
                            // part runs on to the highest.
                            let value = row.value.unwrap_or(0);
                            let (low, high) = row.range.unwrap_or((value, value));
                            html! {
                                <tr key={row.id.clone()}>
                                    <th scope="row">{ &row.label }</th>
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

use explorer_core::model::Operation;
use explorer_core::timeline::{Extent, layout};
use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::data::use_dataset;
use crate::route::Route;

/// Plot area width and the margin for lane names, in SVG units (the SVG scales to its box).
const PLOT_WIDTH: f64 = 760.0;
const LABEL_WIDTH: f64 = 110.0;
const LANE_HEIGHT: f64 = 34.0;
const AXIS_HEIGHT: f64 = 28.0;

/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
const LANE_COLOURS: [&str; 7] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

/// One lane per series, one bar per operation; each bar is a link to its operation. The
/// list beside the chart says the same in text.
#[function_component(TimelineChart)]
pub fn timeline_chart() -> Html {
    let dataset = use_dataset();
    let operations: Vec<&Operation> = dataset.operations.iter().collect();
    let layout = layout(&operations, PLOT_WIDTH);
    let height = AXIS_HEIGHT + LANE_HEIGHT * layout.lanes.len() as f64;
    let view_box = format!("0 0 {} {height}", LABEL_WIDTH + PLOT_WIDTH);
    html! {
        // On a narrow screen the chart keeps a legible size and scrolls sideways.
        <div class="timeline-scroll">
            <svg class="timeline" viewBox={view_box} role="group" aria-label="Timeline of operations by series">
                { for layout.ticks.iter().map(|tick| {
                    let x = LABEL_WIDTH + tick.x;
                    html! {
                        <g class="tick" aria-hidden="true">
                            <line x1={x.to_string()} x2={x.to_string()} y1="0" y2={height.to_string()} />
                            <text x={(x + 4.0).to_string()} y="16">{ tick.year }</text>
                        </g>
                    }
                }) }
                { for layout.lanes.iter().enumerate().map(|(i, lane)| {
                    let y = AXIS_HEIGHT + LANE_HEIGHT * i as f64;
                    let colour = LANE_COLOURS[i % LANE_COLOURS.len()];
                    html! {
                        <g class="lane">
                            <text class="lane-name" x="0" y={(y + 21.0).to_string()}>{ &lane.series }</text>
                            { for lane.bars.iter().map(|bar| {
                                let class = classes!(
                                    "bar",
                                    (bar.extent == Extent::YearOnly).then_some("year-only"),
                                    bar.mentioned_only.then_some("mentioned-only"),
                                );
                                html! {
                                    <RouteLink to={Route::Operation { id: bar.id.clone() }} aria_label={bar.label.clone()}>
                                        <rect {class} x={(LABEL_WIDTH + bar.x).to_string()} y={(y + 6.0).to_string()}
                                            width={bar.width.to_string()} height="20" rx="3" fill={colour} stroke={colour}>
                                            <title>{ &bar.label }</title>
                                        </rect>
                                    </RouteLink>
                                }
                            }) }
                        </g>
                    }
                }) }
            </svg>
        </div>
    }
}

use std::rc::Rc;

use explorer_model::Operation;
use explorer_query::timeline::{Extent, Layout, layout, out_of_view, scroll_cue};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::data::use_dataset;
use crate::route::Route;

/// Plot area width and the margin for lane names, in SVG units. The chart is drawn one unit to
/// a CSS pixel, so that its 13 px labels stay 13 px on every screen; a screen narrower than
/// the chart scrolls it sideways.
const PLOT_WIDTH: f64 = 760.0;
const LABEL_WIDTH: f64 = 110.0;
const LANE_HEIGHT: f64 = 34.0;
const AXIS_HEIGHT: f64 = 28.0;

/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
const LANE_COLOURS: [&str; 7] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    /// The operations to draw, by id: those the view's filters keep.
    pub kept: Vec<String>,
}

/// One lane per series, one bar per operation; each bar is a link to its operation. The
/// list beside the chart says the same in text.
///
/// On a screen narrower than the chart, it opens scrolled to the latest operations; the lane
/// names stay at the left edge while the bars scroll under them, and a line below says how
/// many operations are out of view on either side.
#[function_component(TimelineChart)]
pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let dataset = use_dataset();
    // Laid out again only when the operations kept change; the scroll handlers keep this.
    let layout = use_memo(props.kept.clone(), move |kept| {
        let operations: Vec<&Operation> = dataset.operations.iter().filter(|op| kept.contains(&op.id)).collect();
        layout(&operations, PLOT_WIDTH)
    });
    let scroller = use_node_ref();
    let lane_names = use_node_ref();
    // Operations wholly out of view, before and after what the reader sees.
    let hidden = use_state_eq(|| (0, 0));
    // Whether the chart is wider than its box: only then is the box a tab stop that says it
    // scrolls (a keyboard reader scrolls it with the arrow keys).
    let scrolls = use_state_eq(|| false);
    let follow = {
        let (lane_names, hidden, scrolls, layout) =
            (lane_names.clone(), hidden.clone(), scrolls.clone(), layout.clone());
        Rc::new(move |scroller: &web_sys::Element| {
            scrolls.set(scroller.scroll_width() > scroller.client_width());
            follow_scroll(scroller, &lane_names, &hidden, &layout)
        })
    };
    {
        let (scroller, follow) = (scroller.clone(), follow.clone());
        // Again when the operations drawn change: the observer follows the new layout.
        use_effect_with(props.kept.clone(), move |_| {
            let element = scroller.cast::<web_sys::Element>();
            let watched = element.as_ref().and_then(|element| {
                element.set_scroll_left(element.scroll_width());
                // The box's width changes with the window (a phone turned sideways): what is in
                // view changes with it. The observer also reports the first size.
                let watched = element.clone();
                let resized = Closure::<dyn Fn()>::new(move || follow(&watched));
                let observer = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()).ok()?;
                observer.observe(element);
                Some((observer, resized))
            });
            move || {
                if let Some((observer, _resized)) = watched {
                    observer.disconnect();
                }
            }
        });
    }
    let onscroll = Callback::from(move |event: Event| follow(&event.target_unchecked_into::<web_sys::Element>()));
    let height = AXIS_HEIGHT + LANE_HEIGHT * layout.lanes.len() as f64;
    let width = LABEL_WIDTH + PLOT_WIDTH;
    let lane_y = |i: usize| AXIS_HEIGHT + LANE_HEIGHT * i as f64;
    html! {
        <>
            <div class="timeline-scroll" ref={scroller} {onscroll} role="region"
                aria-label={if *scrolls { "Timeline, scrolls sideways" } else { "Timeline" }}
                tabindex={scrolls.then_some("0")}>
                <svg class="timeline" viewBox={format!("0 0 {width} {height}")} width={width.to_string()}
                    height={height.to_string()} role="group" aria-label="Timeline of operations by series">
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
                        let y = lane_y(i);
                        let colour = LANE_COLOURS[i % LANE_COLOURS.len()];
                        html! {
                            <g class="lane">
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
                    // Drawn last, over the bars that scroll under them; moved with the scroll
                    // (`follow_scroll`) so that they stay at the box's left edge.
                    <g class="lane-names" ref={lane_names}>
                        <rect class="lane-names-ground" width={(LABEL_WIDTH - 6.0).to_string()} height={height.to_string()} />
                        { for layout.lanes.iter().enumerate().map(|(i, lane)| html! {
                            <text class="lane-name" x="0" y={(lane_y(i) + 21.0).to_string()}>{ &lane.series }</text>
                        }) }
                    </g>
                </svg>
            </div>
            if let Some(cue) = scroll_cue(*hidden) {
                <p class="timeline-cue">{ cue }</p>
            }
        </>
    }
}

/// After a scroll or a resize: moves the lane names to the box's left edge, and counts the
/// operations out of view. The chart is drawn one unit to a pixel, so the box's scroll offset
/// and width are in the layout's units; the lane names cover the first `LABEL_WIDTH` of it.
fn follow_scroll(
    scroller: &web_sys::Element,
    lane_names: &NodeRef,
    hidden: &UseStateHandle<(usize, usize)>,
    layout: &Layout,
) {
    let left = f64::from(scroller.scroll_left());
    if let Some(names) = lane_names.cast::<web_sys::Element>() {
        // An attribute, not a style: a strict Content-Security-Policy refuses inline styles.
        let _ = names.set_attribute("transform", &format!("translate({left} 0)"));
    }
    let seen = f64::from(scroller.client_width()) - LABEL_WIDTH;
    hidden.set(out_of_view(layout, left, left + seen));
}

use yew::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::components::route_link::RouteLink;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MissingProps {
    pub title: AttrValue,
    pub message: AttrValue,
    /// Where the reader can go on from here.
    pub back: Route,
    pub back_label: AttrValue,
}

/// What an address that leads nowhere shows: what was not found, and a way back.
#[function_component(Missing)]
pub fn missing(props: &MissingProps) -> Html {
    html! {
        <>
            <PageHeading text={props.title.clone()} />
            <p role="status">
                { &props.message }{ " " }
                <RouteLink to={props.back.clone()}>{ &props.back_label }</RouteLink>
            </p>
        </>
    }
}

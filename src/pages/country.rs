use explorer_core::query::operations_of_country;
use yew::prelude::*;

use crate::components::missing::Missing;
use crate::components::operation_list::OperationList;
use crate::data::use_dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CountryPageProps {
    /// ISO alpha-2 as written in the address; "es" finds Spain too.
    pub code: String,
}

/// One country and the operations it took part in.
#[function_component(CountryPage)]
pub fn country_page(props: &CountryPageProps) -> Html {
    let dataset = use_dataset();
    let code = props.code.to_ascii_uppercase();
    let Some(country) = dataset.country(&code) else {
        return html! {
            <Missing title="Country not found" back={Route::Countries} back_label="See all countries"
                message={format!("No country with the code “{}” appears in this dataset.", props.code)} />
        };
    };
    let operations: Vec<_> = operations_of_country(&dataset, &code).into_iter().cloned().collect();
    let reported = dataset.operations.iter().filter(|op| !op.mentioned_only).count();
    html! {
        <>
            <h1>{ &country.name }</h1>
            <p>{ format!("{} ({}) took part in {} of the {} reported operations.", country.name, country.code, operations.len(), reported) }</p>
            <OperationList {operations} />
        </>
    }
}

pub mod figure_table;
pub mod footer;
pub mod header;
pub mod highlight_list;
pub mod missing;
pub mod operation_list;
pub mod quote_list;
pub mod source_note;

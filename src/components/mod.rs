pub mod header;
pub mod missing;
pub mod operation_list;

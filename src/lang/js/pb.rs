use super::JsOptions;
use crate::lang::{GenError, Request};
use crate::output::FileSet;

pub fn generate(_req: &Request, _opts: &JsOptions, _out: &mut FileSet) -> Result<(), GenError> {
    Ok(())
}

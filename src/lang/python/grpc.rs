use super::PythonOptions;
use crate::lang::{GenError, Request};
use crate::output::FileSet;

pub fn generate(_req: &Request, _opts: &PythonOptions, _out: &mut FileSet) -> Result<(), GenError> {
    Ok(())
}

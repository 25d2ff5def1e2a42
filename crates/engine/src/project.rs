//! `Protosmith.toml` in a program directory: the project's name, its entry point and,
//! optionally, the language runtime to use when `--runtime` is not given.

use std::path::Path;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    #[serde(default)]
    pub name: String,
    #[serde(default = "dot")]
    pub main: String,
    #[serde(default)]
    pub runtime: Option<String>,
}

fn dot() -> String {
    ".".into()
}

impl Project {
    pub fn load(program: &Path) -> Result<Project, String> {
        let path = program.join("Protosmith.toml");
        let mut project = match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str::<Project>(&text).map_err(|e| format!("{}: {}", path.display(), e.message()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Project { name: String::new(), main: dot(), runtime: None },
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        if project.name.is_empty() {
            project.name = program.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "project".into());
        }
        if project.name.contains("::") || project.name.contains(char::is_whitespace) {
            return Err(format!("{}: project name {:?} may not contain `::` or spaces", path.display(), project.name));
        }
        Ok(project)
    }
}

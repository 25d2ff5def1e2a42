use std::process::ExitCode;

use clap::Parser;

use protosmith::cli::{Cli, Command};
use protosmith::gen::{self, Outcome};

// A big tree is millions of small allocations (source locations, model strings, rendered
// text) made and freed from every worker thread; mimalloc's per-thread heaps make that cheaper
// than the system allocator. The binary only: the library leaves the choice to its users.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its position in `mi_option_t`; the bindings name only
/// some options). A test below checks it still names the option whose default is 1000 ms.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// By default mimalloc hands freed pages back to the kernel a second after they empty, and a run
/// that frees and reallocates gigabytes pays for it twice: the purge, and the kernel zeroing
/// each page again when it is touched next (a third of the system time of a googleapis run).
/// A `gen` run ends in seconds and its peak is the same either way, so it keeps its pages.
/// `MIMALLOC_PURGE_DELAY` in the environment still decides when set.
fn keep_freed_pages() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option; mimalloc reads options atomically.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    }
}

/// mimalloc's `mi_option_allow_thp` (as above: a test checks its default and neighbours).
const MI_OPTION_ALLOW_THP: libmimalloc_sys::mi_option_t = 43;

/// Transparent huge pages cost a `gen` run more than they save: mimalloc asks for them on its
/// arenas, and with the kernel's `defrag=madvise` default every first touch of a 2 MiB page may
/// stall in compaction before the page is zeroed whole. Measured on googleapis, Python alone:
/// 6.6-8.3 s with them, 5.1-6.5 s without (system time 2.2-3.3 s -> 1.2-1.7 s), peak RSS -7%;
/// all three languages no slower. The process flag also covers the arena mimalloc reserved
/// before `main`, and children (plugins) inherit it, which costs them nothing measurable.
/// `MIMALLOC_ALLOW_THP` in the environment still decides when set.
fn no_huge_pages() {
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: sets one integer option; mimalloc reads options atomically.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ALLOW_THP, 0) };
        // SAFETY: a prctl that only sets a flag of this process; its failure (an old kernel)
        // leaves huge pages on, which is only slower.
        #[cfg(target_os = "linux")]
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0)
        };
    }
}

fn main() -> ExitCode {
    keep_freed_pages();
    no_huge_pages();
    // Installed (or linked) as protoc-gen-protosmith, the binary is a protoc plugin.
    if protosmith::plugin::mode::invoked_as_plugin(std::env::args_os().next()) {
        return protosmith::plugin::mode::main();
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Gen(args) => match gen::run(&args) {
            Ok(Outcome::Drift(_)) => ExitCode::from(1),
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {}", protosmith::error_chain(&e));
                ExitCode::from(2)
            }
        },
        Command::Engine { args } => match protosmith::engine_command::run(&args) {
            Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_with_mimallocs_documented_default() {
        // In this test process nothing set it: mimalloc's default purge delay is 1000 ms (v3), and the
        // neighbouring options (numa nodes, a deprecated commit delay) default to 0 and 1.
        std::env::remove_var("MIMALLOC_PURGE_DELAY");
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
        keep_freed_pages();
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) }, -1);
    }

    #[test]
    fn huge_pages_are_off_after_no_huge_pages() {
        // mimalloc v3's defaults around `allow_thp`: cross-thread reclaim 32, THP allowed (1),
        // minimal purge size 0.
        std::env::remove_var("MIMALLOC_ALLOW_THP");
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_ALLOW_THP - 1) }, 32);
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_ALLOW_THP) }, 1);
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_ALLOW_THP + 1) }, 0);
        no_huge_pages();
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_ALLOW_THP) }, 0);
        #[cfg(target_os = "linux")]
        assert_eq!(unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) }, 1);
    }
}

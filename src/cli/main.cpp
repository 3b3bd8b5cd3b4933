// sbdscore: score vendors' Secure-by-Demand questionnaires and rank them. The work is in the core
// library; this file only wires the subcommands and maps failures to exit codes.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "analysis_commands.hpp"
#include "evaluate_command.hpp"
#include "rules_command.hpp"
#include "schema_command.hpp"
#include "template_command.hpp"
#include "validate_command.hpp"
#include "sbdscore/exit_policy.hpp"

int main(int argc, char** argv) {
    CLI::App app{"sbdscore: score vendor security questionnaires against the Secure by Demand priorities"};
    app.set_version_flag("--version", "sbdscore " SBDSCORE_VERSION);
    app.require_subcommand(1);
    int exit_code = sbd::exit_code::ok;
    sbd::cli::add_evaluate_command(app, exit_code);
    sbd::cli::add_template_command(app, exit_code);
    sbd::cli::add_validate_command(app, exit_code);
    sbd::cli::add_schema_command(app, exit_code);
    sbd::cli::add_rules_command(app, exit_code);
    sbd::cli::add_explain_command(app, exit_code);
    sbd::cli::add_compare_command(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return sbd::exit_code::invalid_input;  // CLI11 would exit 100-114; usage errors are 2 here
    } catch (const std::exception& e) {
        std::cerr << "sbdscore: internal error: " << e.what() << "\n";
        return sbd::exit_code::internal_error;
    }
    return exit_code;
}

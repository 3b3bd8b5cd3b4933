#pragma once
// The rule pack model: priorities, their weighted criteria, and which criteria are gates.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/diagnostic.hpp"

namespace sbd {

enum class AnswerType { yesno, choice, multi, number, text };
const char* to_string(AnswerType t);

struct Option {
    std::string value;
    double score = 0;
    std::string label;
    SourceLocation where;
};

// A number band: holds v when (no min or v >= min) and (no max or v <= max).
struct Band {
    std::optional<double> min;
    std::optional<double> max;
    double score = 0;
    SourceLocation where;
    bool holds(double v) const { return (!min || v >= *min) && (!max || v <= *max); }
};

struct Criterion {
    std::string id;
    std::string title;
    std::string question;
    std::string guidance;
    AnswerType type = AnswerType::yesno;
    double weight = 0;
    bool gate = false;
    double gate_min_score = 1.0;
    bool evidence = false;    // evidence expected with a positive answer
    bool na_allowed = false;  // `n/a` accepted
    // yesno
    double yes_score = 1.0;
    double partial_score = 0.5;
    double no_score = 0.0;
    // choice, multi
    std::vector<Option> options;
    // number
    std::string unit;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::vector<Band> bands;

    SourceLocation where;

    bool scored() const { return type != AnswerType::text && weight > 0; }
    const Option* find_option(const std::string& value) const;
    std::vector<std::string> option_values() const;
    // The answers that pass this criterion's gate, in words ("yes"; "fido2 or pki"; "<= 30 days").
    std::string gate_requirement() const;
};

struct Priority {
    std::string id;
    std::string title;
    std::string description;
    double weight = 1.0;
    double floor = 0;  // set by a profile: a score (0-100) below it makes the verdict at best REVIEW
    std::map<std::string, std::vector<std::string>> references;
    std::vector<Criterion> criteria;
    SourceLocation where;
};

struct PackSource {
    std::string title;
    std::string publisher;
    std::string date;
    std::string url;
};

struct RulePack {
    std::string id;
    std::string version;
    std::string title;
    std::string description;
    std::vector<PackSource> sources;
    double pass_threshold = 70;
    double unevidenced_credit = 0.5;
    std::vector<Priority> priorities;
    std::string origin;  // "built-in" or the folder it was read from

    const Criterion* find_criterion(const std::string& criterion_id) const;
    const Priority* priority_of(const std::string& criterion_id) const;
    std::vector<std::string> criterion_ids() const;
    std::vector<const Criterion*> gates() const;
};

}  // namespace sbd

#pragma once
// The rule pack model: priorities, their weighted criteria, and which criteria are gates.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/evidence.hpp"
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
    // With --verify-evidence, the evidence must be a verified file of this format (`evidence_format:
    // sbom`); empty: any verified file or cited URL counts.
    EvidenceFormat evidence_format = EvidenceFormat::unknown;
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
    // The procurement stage at which the answer can first be verified (docs/rules.md#stages): one
    // of the pack's stages; the first stage when the criterion names none.
    std::string stage;

    SourceLocation where;          // where it is defined (its base pack's file for an inherited one)
    SourceLocation overridden_at;  // an extension's `override` entry that changed it; empty if none
    std::string defined_in;        // id of the pack that defines it (a base pack for an inherited one)

    // Where a problem with the criterion as it now stands is best fixed: the override, else its definition.
    const SourceLocation& site() const { return overridden_at.file.empty() ? where : overridden_at; }

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
    SourceLocation overridden_at;
    std::string defined_in;
};

struct PackSource {
    std::string title;
    std::string publisher;
    std::string date;
    std::string url;
};

// A product category a response can declare (`category:`), for per-category risk tolerance.
struct ProductCategory {
    std::string id;
    std::string title;
    SourceLocation where;
};

// A pack that another extends, as the extension records it (nearest base first).
struct PackBase {
    std::string id;
    std::string version;
    std::string origin;  // "built-in" or its folder
};

// A criterion an extension removed: an answer to it in a response written for one of the packs
// that had it is ignored with a note (docs/rules.md#extending-a-pack).
struct RemovedCriterion {
    std::string removed_by;                 // the extension's id
    std::vector<std::string> accepted_from;  // the packs whose responses may still answer it
    SourceLocation where;                    // the `remove` entry
};

// What a profile allows for one product category (docs/profiles.md#risk-tolerance): a result below
// it needs a documented sign-off.
struct RiskTolerance {
    std::optional<double> min_score;         // overall score, 0-100
    std::map<std::string, double> floors;    // priority id -> lowest score, 0-100
    SourceLocation where;
};

// The four stages of the partner agencies' procurement lifecycle: the default list of a pack.
const std::vector<std::string>& default_stages();

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

    // Stages in lifecycle order; `stages_declared` when pack.yaml lists them (then every criterion
    // of the pack names its stage), else the default four.
    std::vector<std::string> stages = default_stages();
    bool stages_declared = false;
    std::vector<ProductCategory> categories;  // empty: responses declare no category

    // An extension: the packs it extends, nearest first, and the criteria it removed.
    std::vector<PackBase> bases;
    std::map<std::string, RemovedCriterion> removed;

    // Set by a profile (docs/profiles.md): risk tolerance per category ("" for every other
    // category and for responses without one), and the oldest answers accepted, in days.
    std::map<std::string, RiskTolerance> risk_tolerance;
    std::optional<int> max_answer_age_days;
    bool verify_evidence = false;  // the profile's `verify_evidence: true` (docs/evidence.md)

    const Criterion* find_criterion(const std::string& criterion_id) const;
    const Priority* priority_of(const std::string& criterion_id) const;
    std::vector<std::string> criterion_ids() const;
    std::vector<const Criterion*> gates() const;
    // The pack ids whose responses this pack scores: its own, then its bases'.
    std::vector<std::string> accepted_pack_ids() const;
    bool accepts(const std::string& pack_id) const;
    // The version of an accepted pack (its own, or a base's); empty for a pack it does not accept.
    std::string version_of(const std::string& pack_id) const;
    // Position of a stage in `stages`, or nullopt when the pack has no such stage.
    std::optional<std::size_t> stage_index(const std::string& stage) const;
    const ProductCategory* find_category(const std::string& category_id) const;
    // The tolerance that applies to a response of `category`: its own, else the default (""); null if none.
    const RiskTolerance* tolerance_for(const std::string& category) const;
};

}  // namespace sbd

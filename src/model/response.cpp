#include "model/response.hpp"

namespace sbd {

SourceLocation VendorResponse::where_answer(const std::string& criterion_id) const {
    if (auto a = answers.find(criterion_id); a != answers.end()) return a->second.where;
    if (auto blank = blank_answers.find(criterion_id); blank != blank_answers.end()) return blank->second;
    return answers_where;
}

}  // namespace sbd

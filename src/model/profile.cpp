#include "model/profile.hpp"

#include "util/text.hpp"

namespace sbd {

std::string describe_profile(const Profile& profile) {
    std::string out = strip_control(profile.name) + " (" + strip_control(profile.origin);
    if (!profile.base.empty()) out += ", based on " + profile.base;
    return out + ")";
}

ReportLabels profile_labels(const Profile& profile) {
    return profile.base_profile ? merge_labels(profile_labels(*profile.base_profile), profile.labels) : profile.labels;
}

}  // namespace sbd

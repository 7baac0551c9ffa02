// SPDX-License-Identifier: MIT
#pragma once

#include <entropy/fits.h>
#include <entropy/log_base.h>

#include <string>
#include <vector>

// The `fit` command's output, as JSON (the contract) or a table for people. In JSON, one fit's
// keys (direction, mu, sigma, objective, local_minima, ...) sit at the top level beside the
// family's; with both directions they are under "forward" and "reverse". An infinite fit has
// "infinite": true, "objective": "inf", null mu and sigma, no minima, and advice to smooth P.
namespace entropy {

[[nodiscard]] std::string formatFitJson(const std::vector<Fit> &fits, std::size_t events,
                                        LogBase base);
[[nodiscard]] std::string formatFitTable(const std::vector<Fit> &fits, std::size_t events,
                                         LogBase base);

}  // namespace entropy

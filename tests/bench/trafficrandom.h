#pragma once

// Random numbers for the benchmark data sets: the same sequence on every platform and
// standard library (std:: distributions are not), and fast enough for 100 M events.

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace raycstr::bench {

// xoshiro256**, seeded through splitmix64.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_s) {
            quint64 z = (seed += 0x9e3779b97f4a7c15ull);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    quint32 below(quint32 n) { return quint32((next() >> 32) * n >> 32); } // [0, n), n > 0
    bool chance(double p) { return uniform() < p; }
    double normal() // N(0, 1): Box-Muller, the second value thrown away
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * uniform());
    }
    // Log-uniform in [lo, hi): many short values, a few long ones (dwell times, gaps).
    double logUniform(double lo, double hi) { return lo * std::exp(uniform() * std::log(hi / lo)); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

// Samples an index in proportion to the weights given (zero weights are never drawn).
class Discrete
{
public:
    Discrete() = default;
    explicit Discrete(const std::vector<double> &weights)
    {
        m_cdf.reserve(weights.size());
        double sum = 0;
        for (double w : weights)
            m_cdf.push_back(sum += std::max(0.0, w));
    }
    static Discrete zipf(int n, double exponent)
    {
        std::vector<double> w(size_t(std::max(1, n)));
        for (size_t i = 0; i < w.size(); ++i)
            w[i] = 1.0 / std::pow(double(i + 1), exponent);
        return Discrete(w);
    }
    int sample(Rng &rng) const
    {
        const double u = rng.uniform() * m_cdf.back();
        const auto it = std::upper_bound(m_cdf.begin(), m_cdf.end(), u);
        return int(std::min<ptrdiff_t>(it - m_cdf.begin(), ptrdiff_t(m_cdf.size()) - 1));
    }
    int size() const { return int(m_cdf.size()); }

private:
    std::vector<double> m_cdf;
};

} // namespace raycstr::bench

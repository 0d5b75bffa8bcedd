//! Counter-based random numbers: every number is a hash of (seed, draw, unit, stream, year,
//! index), so a draw can be computed alone, in any order, in chunks, on any machine, and gives
//! the same bits. Only integer hashing and IEEE basic operations (+ − × ÷, sqrt, floor) are
//! used: `ln` and `exp` are written out here rather than taken from the platform's maths
//! library, whose last bit may differ between a native build and wasm.

/// SplitMix64's finaliser: a bijective mix of 64 bits.
#[inline(always)]
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

/// The unit number of the village: village-shared shocks are drawn from it, so every household
/// of a draw sees the same disaster, prices, rent and tourism season.
pub const VILLAGE_UNIT: u64 = u64::MAX;

/// The random numbers of one draw for one unit (a household, or the village).
#[derive(Clone, Copy, Debug)]
pub struct Rng {
    key: u64,
}

impl Rng {
    pub fn new(seed: u64, draw: u64, unit: u64) -> Self {
        let k = mix(seed ^ GOLDEN);
        let k = mix(k.wrapping_add(draw.wrapping_mul(GOLDEN)));
        let k = mix(k ^ unit.wrapping_mul(0xd1b5_4a32_d192_ed03));
        Rng { key: k }
    }

    /// 64 random bits for (stream, year, index): SplitMix64's output for the counter, with
    /// the draw's key as its seed.
    #[inline(always)]
    pub fn bits(&self, stream: u32, year: u32, index: u32) -> u64 {
        let counter = ((stream as u64) << 48) ^ ((year as u64) << 32) ^ index as u64;
        mix(self
            .key
            .wrapping_add(counter.wrapping_add(1).wrapping_mul(GOLDEN)))
    }

    /// Uniform in (0, 1), never 0 or 1: 53 random bits, centred.
    #[inline(always)]
    pub fn uniform(&self, stream: u32, year: u32, index: u32) -> f64 {
        ((self.bits(stream, year, index) >> 11) as f64 + 0.5) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// ln 2 split in two (fdlibm's): a high part with trailing zero bits, and the rest.
const LN2_HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
const LN2_LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
const LN2: f64 = std::f64::consts::LN_2;

/// Natural logarithm of a positive finite `x`, from basic operations only (relative error
/// about 1e-15). Not for zero, negative or non-finite input.
pub fn ln(x: f64) -> f64 {
    debug_assert!(x > 0.0 && x.is_finite());
    let (mut m, mut e) = split(x);
    // m in [1, 2): move it to [√½, √2) so the series below converges fast.
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        e += 1;
    }
    let f = (m - 1.0) / (m + 1.0);
    let s = f * f;
    // ln m = 2 f (1 + s/3 + s²/5 + …), |f| ≤ 0.1716, s ≤ 0.0295.
    let series = 1.0
        + s * (1.0 / 3.0
            + s * (1.0 / 5.0
                + s * (1.0 / 7.0
                    + s * (1.0 / 9.0
                        + s * (1.0 / 11.0
                            + s * (1.0 / 13.0 + s * (1.0 / 15.0 + s * (1.0 / 17.0))))))));
    e as f64 * LN2_HI + (2.0 * f * series + e as f64 * LN2_LO)
}

/// `x` = m × 2^e with m in [1, 2), for positive finite `x` (subnormals included).
fn split(x: f64) -> (f64, i32) {
    let (x, bias) = if x < f64::MIN_POSITIVE {
        (x * 18_014_398_509_481_984.0, -54) // × 2^54
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1023 + bias;
    let m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    (m, e)
}

/// e^x from basic operations only (relative error below 1e-12, plenty for drawing prices and
/// costs; what matters is that every platform gives the same bits); 0 below −700, and capped
/// at e^700.
#[inline]
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < -700.0 {
        return 0.0;
    }
    let x = x.min(700.0);
    // k = x ÷ ln 2 rounded to the nearest whole number, by the 1.5 × 2^52 trick (IEEE
    // round-to-nearest, no library call).
    const ROUND: f64 = 6_755_399_441_055_744.0;
    let k = (x * (1.0 / LN2) + ROUND) - ROUND;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    // Taylor series of e^r, |r| ≤ 0.35, to r^10 / 10! (next term < 3e-13), by Estrin's
    // scheme (short dependency chains; the same operations in the same order everywhere).
    let c = &INV_FACTORIAL;
    let (r2, r4) = (r * r, r * r * (r * r));
    let r8 = r4 * r4;
    let b0 = (c[0] + c[1] * r) + (c[2] + c[3] * r) * r2;
    let b1 = (c[4] + c[5] * r) + (c[6] + c[7] * r) * r2;
    let b2 = (c[8] + c[9] * r) + c[10] * r2;
    ((b0 + b1 * r4) + b2 * r8) * pow2(k as i32)
}

/// 1 ÷ k! for k = 0 … 10.
const INV_FACTORIAL: [f64; 11] = [
    1.0,
    1.0,
    0.5,
    0.166_666_666_666_666_66,
    0.041_666_666_666_666_664,
    0.008_333_333_333_333_333,
    0.001_388_888_888_888_889,
    0.000_198_412_698_412_698_4,
    2.480_158_730_158_73e-5,
    2.755_731_922_398_589_3e-6,
    2.755_731_922_398_589e-7,
];

/// 2^k for k in [−1022, 1023].
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// The standard normal quantile of `p` in (0, 1) (Acklam's rational approximation, relative
/// error below 1.2e-9): one uniform gives one normal, so draws stay counter-based.
#[inline]
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    const LOW: f64 = 0.02425;
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < LOW {
        tail((-2.0 * ln(p)).sqrt())
    } else if p <= 1.0 - LOW {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -tail((-2.0 * ln(1.0 - p)).sqrt())
    }
}

/// The triangular distribution's quantile of `u` in (0, 1). The three values are read as
/// lowest, most likely and highest whatever order they were typed in.
#[inline]
pub fn triangular(u: f64, a: f64, c: f64, b: f64) -> f64 {
    let lo = a.min(c).min(b);
    let hi = a.max(c).max(b);
    let mode = c.clamp(lo, hi);
    let width = hi - lo;
    if width <= 0.0 {
        return lo;
    }
    let left = (mode - lo) / width;
    if u < left {
        lo + (u * width * (mode - lo)).sqrt()
    } else {
        hi - ((1.0 - u) * width * (hi - mode)).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ln_and_exp_agree_with_the_library_to_a_few_ulps() {
        for &x in &[
            1e-300, 1e-16, 0.001, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 10.0, 12345.678, 1e300,
        ] {
            let (a, b) = (ln(x), x.ln());
            assert!((a - b).abs() <= 4e-16 * b.abs().max(1.0), "ln {x}: {a} {b}");
        }
        for &x in &[
            -700.0, -20.0, -1.0, -0.1, 0.0, 1e-9, 0.5, 1.0, 3.3, 20.0, 700.0,
        ] {
            let (a, b) = (exp(x), x.exp());
            assert!((a - b).abs() <= 1e-12 * b, "exp {x}: {a} {b}");
        }
    }

    #[test]
    fn the_normal_quantile_is_symmetric_and_right_at_known_points() {
        assert!(normal_quantile(0.5).abs() < 1e-12);
        assert!((normal_quantile(0.975) - 1.959_963_985).abs() < 1e-8);
        assert!((normal_quantile(0.01) + 2.326_347_874).abs() < 1e-8);
        assert!((normal_quantile(0.2) + normal_quantile(0.8)).abs() < 1e-12);
    }

    #[test]
    fn triangular_quantiles_stay_in_range_and_hit_the_mode() {
        assert_eq!(triangular(0.5, 1.0, 1.0, 1.0), 1.0);
        // Symmetric 0–2 around 1: the median is the mode.
        assert!((triangular(0.5, 0.0, 1.0, 2.0) - 1.0).abs() < 1e-12);
        for i in 1..100 {
            let v = triangular(i as f64 / 100.0, 6.0, 1.0, 0.5);
            assert!((0.5..=6.0).contains(&v));
        }
    }
}

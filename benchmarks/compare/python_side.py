"""The ordinary Python approach, for comparison with CustomerValue: BG/NBD with numpy-vectorised formulas and scipy.

Fits BG/NBD by maximum likelihood on the CDNOW calibration summary (scipy.optimize.minimize, Nelder-Mead on
log-parameters, the way lifetimes does it), then scores N simulated customers: P(alive) and the 52-week conditional
expected purchases, vectorised over the customers (scipy.special.hyp2f1). Prints one line per task:
    <task> <seconds>
Usage: python3 python_side.py CDNOW_SUMMARY_CSV CUSTOMERS
Formulas: Fader, Hardie & Lee (2005), "Counting your customers the easy way", Marketing Science 24(2).
"""
import sys
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1


def negative_log_likelihood(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = betaln(a, b + x) - betaln(a, b)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return -np.sum(a1 + a2 + np.logaddexp(a3, a4))


def p_alive(params, x, tx, T):
    r, alpha, a, b = params
    ratio = np.where(x > 0, (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x), 0.0)
    return 1.0 / (1.0 + ratio)


def expected(params, t, x, tx, T):
    r, alpha, a, b = params
    z = t / (alpha + T + t)
    head = (a + b + x - 1) / (a - 1)
    body = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    tail = 1 + np.where(x > 0, (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x), 0.0)
    return head * body / tail


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    data = np.genfromtxt(path, delimiter=",", skip_header=1)
    x, tx, T = data[:, 1], data[:, 2], data[:, 3]

    start = time.perf_counter()
    fit = minimize(negative_log_likelihood, np.zeros(4), args=(x, tx, T), method="Nelder-Mead", options={"maxiter": 4000, "xatol": 1e-8, "fatol": 1e-8})
    print(f"fit-bgnbd-cdnow {time.perf_counter() - start:.6f}")
    params = np.exp(fit.x)
    print(f"# BG/NBD on CDNOW: r={params[0]:.4f} alpha={params[1]:.4f} a={params[2]:.4f} b={params[3]:.4f} LL={-fit.fun:.2f}", file=sys.stderr)

    rng = np.random.default_rng(7)
    T_sim = rng.integers(189, 274, size=n) / 7.0
    x_sim = rng.poisson(0.8, size=n).astype(float)
    tx_sim = np.where(x_sim > 0, rng.uniform(0, 1, size=n) * T_sim, 0.0)

    start = time.perf_counter()
    alive = p_alive(params, x_sim, tx_sim, T_sim)
    purchases = expected(params, 52.0, x_sim, tx_sim, T_sim)
    seconds = time.perf_counter() - start
    assert np.all(np.isfinite(alive)) and np.all(np.isfinite(purchases))
    print(f"score-bgnbd {seconds:.6f}")


if __name__ == "__main__":
    main()

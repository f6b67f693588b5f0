"""Independent reference for GaussianMixtureHighDegreeTest: the degree energies e_n = sum_{|b| = n} a_b^2 of a d = 2
Gaussian mixture's Hermite coefficients, and the closed-form E(0), in 50-digit arithmetic (mpmath).

The coefficients come from the generating function exp(s.mu + s^T (Sigma - Id) s / 2) of each component by the recursion
a_b = (mu_i a_{b-e_i} + sum_j A_ij sqrt((b-e_i)_j) a_{b-e_i-e_j}) / sqrt(b_i) with i the first index where b_i > 0: at 50
digits its rounding growth (about 5 % a degree, 1e16 by degree 600) leaves more than 30 correct digits.

    python3 hermite_energies.py ../resources/data/theorem1-run-6577-principal-frame.json 600 50
"""
import json
import sys
from mpmath import mp, mpf, sqrt, matrix, det, inverse, exp

doc = json.load(open(sys.argv[1]))
top = int(sys.argv[2])
step = int(sys.argv[3])
mp.dps = 50
comps = doc["components"]
W = [mpf(c["weight"]) for c in comps]
MU = [[mpf(x) for x in c["mean"]] for c in comps]
S = [[[mpf(x) for x in r] for r in c["covariance"]] for c in comps]

total = mpf(0)
for k in range(len(W)):
    for l in range(len(W)):
        Ik, Il = inverse(matrix(S[k])), inverse(matrix(S[l]))
        lam = Ik + Il - matrix([[1, 0], [0, 1]])
        eta = Ik * matrix(MU[k]) + Il * matrix(MU[l])
        q = (eta.T * inverse(lam) * eta)[0] / 2 - (matrix(MU[k]).T * Ik * matrix(MU[k]))[0] / 2 \
            - (matrix(MU[l]).T * Il * matrix(MU[l]))[0] / 2
        total += W[k] * W[l] / sqrt(det(matrix(S[k])) * det(matrix(S[l])) * det(lam)) * exp(q)
print("E0", mp.nstr(total - 1, 20))

prev = [None] * len(W)
prev2 = [None] * len(W)
summed = mpf(0)
for n in range(top + 1):
    mix = [mpf(0)] * (n + 1)
    for k in range(len(W)):
        if n == 0:
            a = [mpf(1)]
        else:
            a = [mpf(0)] * (n + 1)
            A = [[S[k][i][j] - (1 if i == j else 0) for j in range(2)] for i in range(2)]
            for b1 in range(n + 1):
                beta = (b1, n - b1)
                i = 0 if b1 > 0 else 1
                g = list(beta)
                g[i] -= 1
                s = MU[k][i] * prev[k][g[0]]
                for j in range(2):
                    if n >= 2 and g[j] > 0:
                        h = list(g)
                        h[j] -= 1
                        s += A[i][j] * sqrt(g[j]) * prev2[k][h[0]]
                a[b1] = s / sqrt(beta[i])
        prev2[k], prev[k] = prev[k], a
        for m in range(n + 1):
            mix[m] += W[k] * a[m]
    e = sum(x * x for x in mix)
    if n > 0:
        summed += e
    if n % step == 0:
        print(n, mp.nstr(e, 20), mp.nstr(summed, 20))

"""Independent reference for EDivisiveTest (R's ecp is not installable on these machines).

The energy statistic is computed from its definition (Matteson & James 2014, alpha = 1), maximised by
brute force over tau and kappa; the e.divisive loop permutes within segments like ecp::e.divisive.
Run with Debian's python3: /usr/bin/python3 src/test/resources/stats-reference/edivisive_reference.py
"""
import numpy as np
rng = np.random.default_rng(7)
s1 = np.round(np.concatenate([10 + rng.normal(0, 0.4, 15), 13 + rng.normal(0, 0.4, 15)]), 2)
s2 = np.round(np.concatenate([10 + rng.normal(0, 0.4, 15), 14 + rng.normal(0, 0.4, 15), 11 + rng.normal(0, 0.4, 15)]), 2)
s3 = np.round(10 + rng.normal(0, 0.5, 30), 2)
def Q(z, tau, kappa, a=1.0):
    X = z[:tau]; Y = z[tau:kappa]; n=len(X); m=len(Y)
    between = np.abs(X[:,None]-Y[None,:])**a
    wx = np.abs(X[:,None]-X[None,:])**a
    wy = np.abs(Y[:,None]-Y[None,:])**a
    E = 2*between.mean() - wx.sum()/(n*(n-1)) - wy.sum()/(m*(m-1))
    return n*m/(n+m)*E
def best(z, minsize=3):
    L=len(z); b=(-1,-np.inf)
    for tau in range(minsize, L-minsize+1):
        for kappa in range(tau+minsize, L+1):
            q=Q(z,tau,kappa)
            if q>b[1]: b=(tau,q)
    return b
def edivisive(z, R=199, sig=0.05, minsize=3, seed=1):
    r = np.random.default_rng(seed)
    bounds=[0,len(z)]; out=[]
    while True:
        cands=[]
        for s,e in zip(bounds[:-1], bounds[1:]):
            if e-s >= 2*minsize:
                t,q=best(z[s:e],minsize); cands.append((q,s+t))
        if not cands: break
        q,idx=max(cands)
        over=0
        for _ in range(R):
            zp=z.copy()
            for s,e in zip(bounds[:-1], bounds[1:]):
                zp[s:e]=r.permutation(zp[s:e])
            qs=[best(zp[s:e],minsize)[1] for s,e in zip(bounds[:-1],bounds[1:]) if e-s>=2*minsize]
            if max(qs)>=q: over+=1
        p=(1+over)/(R+1)
        out.append((idx,q,p))
        if p>sig: break
        bounds=sorted(bounds+[idx])
    return out
for name,s in [("s1",s1),("s2",s2),("s3",s3)]:
    print(name, ", ".join(repr(float(v)) for v in s))
    t,q=best(s); print(" first split", t, repr(float(q)))
    print(" e.divisive", edivisive(s))
# Second split of s2 on the segment right of/left of first

"""Generated test corpus of applications and its ground truth (never real data)."""

# train: tune on it; test: held out, evaluated often; holdout: a second held-out set nobody has tuned against;
# blind: a third held-out set, written once and evaluated once at the end of a session; blind2: a fourth one;
# blind3: a fifth one; blind4: a sixth one; blind5: a seventh one; blind6: an eighth one; blind7: a ninth one;
# blind8: a tenth one; blind9: an eleventh one; blind10: a twelfth one; blind11: a thirteenth one;
# blind12: a fourteenth one; blind13: a fifteenth one; blind14: a sixteenth one; blind15: a seventeenth one;
# blind16: an eighteenth one; blind17: a nineteenth one; blind18: a twentieth one; blind19: a twenty-first one;
# blind20: a twenty-second one; blind21: a twenty-third one; blind22: a twenty-fourth one
SPLITS = (
    "train",
    "test",
    "holdout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
)

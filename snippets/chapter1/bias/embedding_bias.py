from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")

jobs = ["nurse", "receptionist", "nanny", "teacher", "secretary",
        "doctor", "lawyer", "engineer", "programmer", "mechanic", "carpenter"]
people = model.encode(["a man", "a woman"])
roles = model.encode([f"a {job}" for job in jobs])
scores = model.similarity(roles, people)  # one row per job: (man, woman)

print("job           man    woman  woman-man")
#> job           man    woman  woman-man
for job, (man, woman) in zip(jobs, scores.tolist()):
    print(f"{job:<13} {man:.3f}  {woman:.3f}  {woman - man:+.3f}")
    #> nurse         0.246  0.453  +0.207
    #> receptionist  0.257  0.381  +0.124
    #> nanny         0.206  0.312  +0.106
    #> teacher       0.333  0.403  +0.070
    #> secretary     0.323  0.285  -0.038
    #> doctor        0.432  0.315  -0.117
    #> lawyer        0.378  0.284  -0.093
    #> engineer      0.421  0.313  -0.108
    #> programmer    0.325  0.253  -0.072
    #> mechanic      0.389  0.300  -0.090
    #> carpenter     0.386  0.229  -0.157

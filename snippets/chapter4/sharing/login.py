from huggingface_hub import whoami

me = whoami()  # asks the Hub whose token this is
print(me["name"], me["type"])
#> learner user

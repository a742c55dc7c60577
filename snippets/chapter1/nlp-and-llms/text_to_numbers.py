from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-Coder-0.5B-Instruct")

for text in ["Transformers read text as numbers.", "模型看到的其实是一串数字。"]:
    ids = tokenizer(text)["input_ids"]
    pieces = [tokenizer.decode([i]) for i in ids]
    print(len(ids), "tokens:", pieces)
    #> 7 tokens: ['Transform', 'ers', ' read', ' text', ' as', ' numbers', '.']
    #> 8 tokens: ['模型', '看到', '的', '其实', '是一', '串', '数字', '。']
    print("ids:", ids)
    #> ids: [8963, 388, 1349, 1467, 438, 5109, 13]
    #> ids: [104949, 101038, 9370, 101045, 99639, 51575, 82587, 1773]

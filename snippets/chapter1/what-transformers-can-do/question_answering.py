from transformers import pipeline

chat = pipeline("text-generation", model="Qwen/Qwen2.5-Coder-0.5B-Instruct")


def ask(instruction, text, max_new_tokens):
    """One task: the instruction as system prompt, the text as user message."""
    messages = [
        {"role": "system", "content": instruction},
        {"role": "user", "content": text},
    ]
    result = chat(messages, max_new_tokens=max_new_tokens, do_sample=False)
    return result[0]["generated_text"][-1]["content"]


# --8<-- [start:task]
passage = (
    "西湖图书馆周一闭馆，周二至周日 9:00–21:00 开放。"
    "借书需要读者证，办证免费。每位读者最多借 10 本书，借期 30 天。"
)
instruction = (
    "只根据用户给出的短文回答问题，答案尽量简短。"
    "短文里没有答案时，回答“不知道”。"
)
questions = ["每位读者最多能借几本书？", "图书馆在哪条街上？"]
for question in questions:
    prompt = f"短文：{passage}\n问题：{question}"
    print(ask(instruction, prompt, max_new_tokens=15))
    #> 10
    #> 西湖图书馆

passage = (
    "The West Lake Library is closed on Mondays and open 9:00-21:00 from "
    "Tuesday to Sunday. You need a reader's card to borrow books; the card is "
    "free. Each reader may borrow up to 10 books for 30 days."
)
instruction = (
    "Answer the question using only the user's passage. Keep the answer "
    "short. If the passage does not say, answer 'I don't know'."
)
questions = [
    "How many books can a reader borrow?",
    "On which street is the library?",
]
for question in questions:
    prompt = f"Passage: {passage}\nQuestion: {question}"
    print(ask(instruction, prompt, max_new_tokens=15))
    #> 10
    #> The West Lake Library is located on the West Lake Street.
# --8<-- [end:task]

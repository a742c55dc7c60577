# --8<-- [start:read]
from rapidocr_onnxruntime import RapidOCR

ocr = RapidOCR()  # PP-OCRv4: detect text lines, fix their angle, recognise them
lines, _ = ocr("notice.png")
for box, text, score in lines:
    print(f"{score:.2f} {text}")
    #> 1.00 图书馆通知
    #> 1.00 本周六上午九点至十二点，三楼阅览室因设备维修暂停开放。
    #> 1.00 二楼自习区照常开放，给您带来不便，敬请谅解。
    #> 0.99 Library notice: the third-floor reading room is closed on Saturday morning.
# --8<-- [end:read]

# --8<-- [start:translate]
from transformers import pipeline

chat = pipeline("text-generation", model="Qwen/Qwen2.5-Coder-0.5B-Instruct")
notice = "\n".join(text for _, text, _ in lines[:3])  # the Chinese lines
messages = [{"role": "user", "content": f"Translate this notice into English:\n{notice}"}]
reply = chat(messages, max_new_tokens=80, do_sample=False)
print(reply[0]["generated_text"][-1]["content"])
'''
Library notice
This week, from 6:00 AM to 12:00 PM, the three floors of the阅览 room are under maintenance. The two study areas are still open, and you may have inconvenience. Please understand.
'''
# --8<-- [end:translate]

# --8<-- [start:env]
import subprocess
import sys
from pathlib import Path

# `transformers env` in a terminal does the same; here we call the command pip installed
# next to this Python, and leave out the Platform line (the kernel build differs per machine)
cli = Path(sys.executable).with_name("transformers")
report = subprocess.run([cli, "env"], check=True, capture_output=True, text=True).stdout
for line in report.strip().splitlines():
    if not line.startswith("- Platform"):
        print(line)
        '''
        Copy-and-paste the text below in your GitHub issue and FILL OUT the two last points.
        '''
        #> 
        #> - `transformers` version: 5.24.0
        #> - Python version: 3.11.7
        #> - Huggingface_hub version: 2.4.0
        #> - Safetensors version: 0.8.0
        #> - Accelerate version: 1.15.0
        #> - Accelerate config: 	not found
        #> - DeepSpeed version: not installed
        #> - PyTorch version (accelerator?): 2.13.0+cpu (NA)
        #> - Using distributed or parallel set-up in script?: <fill in>
# --8<-- [end:env]

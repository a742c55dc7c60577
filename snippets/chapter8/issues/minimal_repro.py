# --8<-- [start:repro]
# Bug 3 of "Debugging the training pipeline", cut down to what it needs: no model, no
# Trainer, no data set; the arrays have the shapes Trainer passes to compute_metrics.
import numpy as np
from sklearn.metrics import accuracy_score

logits = np.array([[0.3, -0.2], [-0.1, 0.4], [0.2, 0.1]])  # (examples, classes)
labels = np.array([0, 1, 1])
try:
    accuracy_score(labels, logits)
except ValueError as error:
    print(error)
    '''
    Classification metrics can't handle a mix of binary and continuous-multioutput targets
    '''
print(round(accuracy_score(labels, logits.argmax(axis=-1)), 2))  # the fix
#> 0.67
# --8<-- [end:repro]

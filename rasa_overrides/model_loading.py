"""Loading a trained DIET or ResponseSelector model for prediction. Replaces `RasaModel.load` of Rasa 3.6.21
(rasa/utils/tensorflow/models.py) when the model is loaded to predict (not to fine-tune).

To give the model's weights their shapes, Rasa runs one training step on an example (`model.fit`) and then
overwrites every weight from the checkpoint. Tracing that training step (gradients, optimizer) was about half of
the assistant's start-up: about 10 s of DIETClassifier's 13 s. TensorFlow's object-based checkpoints restore a
weight when it is created, so here the checkpoint is read first and the weights are created by the one prediction
Rasa already runs on an example to trace its prediction function. The weights, and so every prediction, are the
checkpoint's; the optimizer's state, which a prediction never uses, is left unread.
"""
from __future__ import annotations

from typing import Any, Optional

import tensorflow as tf
from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
from rasa.utils.tensorflow.model_data import RasaModelData
from rasa.utils.tensorflow.models import RasaModel

REPLACED = {"load": RasaModel.load}


def load(cls: type, model_file_name: str, model_data_example: RasaModelData,
         predict_data_example: Optional[RasaModelData] = None, finetune_mode: bool = False,
         *args: Any, **kwargs: Any) -> RasaModel:
    if finetune_mode or predict_data_example is None:  # training goes on: Rasa's way, optimizer and all
        return REPLACED["load"].__func__(cls, model_file_name, model_data_example, predict_data_example,
                                         finetune_mode, *args, **kwargs)
    model = cls(*args, **kwargs)
    config = kwargs.get("config", {})
    model.compile(optimizer=tf.keras.optimizers.Adam(config.get(LEARNING_RATE, 0.001)),
                  run_eagerly=config.get(RUN_EAGERLY))
    model.load_weights(model_file_name).expect_partial()  # restored as each weight is created
    model.run_inference(predict_data_example)  # creates the weights and traces the prediction function
    return model


def install() -> None:
    if getattr(RasaModel.load, "__func__", None) is not load:
        RasaModel.load = classmethod(load)  # type: ignore[method-assign, assignment]

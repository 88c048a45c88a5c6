# SENCO Guide's container image: one image for the Rasa replicas, the action servers and the retention job
# (deploy/k8s/ sets the arguments). Multi-stage: the build stage installs the lock, builds the spaCy pipeline and
# trains the model (the same commands as scripts/setup.sh, which tests/test_deploy.py checks); the final stage
# carries only the virtual environment and the files the assistant reads, and runs as a non-root user.
FROM python:3.10-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false
WORKDIR /app
RUN python -m venv /venv
COPY requirements.lock .
RUN /venv/bin/pip install --quiet "pip==24.0" && /venv/bin/pip install --quiet -r requirements.lock
COPY . .
RUN /venv/bin/python -m nlp.build_pipeline
# A model trained elsewhere (models/senco.tar.gz in the build context) is used as it is; otherwise train here.
# (the same fingerprint check as scripts/setup.sh)
RUN fingerprint=$(scripts/model_fingerprint.sh); \
    if [ -f models/senco.tar.gz ] && [ "$(cat models/senco.fingerprint 2>/dev/null)" = "$fingerprint" ]; then \
    echo "model up to date"; else /venv/bin/rasa train --fixed-model-name senco && \
    echo "$fingerprint" > models/senco.fingerprint; fi

FROM python:3.10-slim
ENV PATH=/venv/bin:$PATH TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1 RASA_TELEMETRY_ENABLED=false \
    PYTHONDONTWRITEBYTECODE=1 HOME=/tmp
RUN groupadd --gid 1000 senco && useradd --uid 1000 --gid 1000 --no-create-home --shell /usr/sbin/nologin senco
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build /app/models ./models
COPY --from=build /app/build/spacy_en_senco ./build/spacy_en_senco
COPY --from=build /app/actions ./actions
COPY --from=build /app/senco_rules ./senco_rules
COPY --from=build /app/rasa_overrides ./rasa_overrides
COPY --from=build /app/channels ./channels
COPY --from=build /app/privacy ./privacy
COPY --from=build /app/nlp ./nlp
COPY --from=build /app/deploy/endpoints.production.yml ./deploy/endpoints.production.yml
COPY --from=build /app/credentials.yml /app/endpoints.yml /app/config.yml /app/domain.yml ./
USER 1000:1000
EXPOSE 5005 5055
ENTRYPOINT ["rasa"]
CMD ["run", "--model", "models/senco.tar.gz", "--endpoints", "deploy/endpoints.production.yml", "--port", "5005"]

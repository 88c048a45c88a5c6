"""Issue 9, what cannot run here (no Docker engine, no Kubernetes): the manifests in deploy/k8s/ against the
Kubernetes API schemas (offline, kubernetes-validate), and the Dockerfile's build steps against scripts/setup.sh,
which runs the same commands on every set-up of this suite."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from tests.conftest import ROOT

K8S = ROOT / "deploy" / "k8s"
KUBERNETES_VERSION = "1.28"
MANIFESTS = sorted(K8S.glob("*.yaml"))


def documents(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def all_documents() -> list[dict]:
    return [doc for path in MANIFESTS for doc in documents(path)]


def by_kind(kind: str) -> list[dict]:
    return [doc for doc in all_documents() if doc["kind"] == kind]


@pytest.mark.parametrize("path", MANIFESTS, ids=[p.name for p in MANIFESTS])
def test_every_manifest_is_valid_kubernetes(path):
    for doc in documents(path):
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_the_validation_catches_a_mistake():
    deployment = copy.deepcopy(by_kind("Deployment")[0])
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessprobe"] = {}  # misspelt field
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSION, strict=True)


def test_deployments_are_ready_only_when_serving_and_bounded():
    deployments = {d["metadata"]["name"]: d for d in by_kind("Deployment")}
    assert set(deployments) == {"senco-guide-rasa", "senco-guide-actions"}
    for deployment in deployments.values():
        pod = deployment["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0  # one replica at a time
        for container in pod["containers"]:
            assert {"requests", "limits"} <= set(container["resources"])
            assert "readinessProbe" in container and "livenessProbe" in container
    rasa = deployments["senco-guide-rasa"]["spec"]["template"]["spec"]["containers"][0]
    assert "/status" in " ".join(rasa["readinessProbe"]["exec"]["command"])
    assert "deploy/endpoints.production.yml" in rasa["args"]


def test_socketio_is_sticky_and_only_the_assistants_paths_are_routed():
    ingresses = {i["metadata"]["name"]: i for i in by_kind("Ingress")}
    assert ingresses["senco-guide-socketio"]["metadata"]["annotations"]["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    paths = {p["path"] for i in ingresses.values() for rule in i["spec"]["rules"] for p in rule["http"]["paths"]}
    assert paths == {"/webhooks/", "/socket.io/"}  # never Rasa's HTTP API


def test_every_setting_the_production_endpoints_read_is_provided(tmp_path):
    endpoints = yaml.safe_load((ROOT / "deploy" / "endpoints.production.yml").read_text())
    wanted = set(re.findall(r"\$\{(\w+)\}", yaml.safe_dump(endpoints)))  # values only, not the comments
    config = by_kind("ConfigMap")[0]["data"]
    secret = by_kind("Secret")[0]["stringData"]
    assert wanted <= set(config) | set(secret)
    assert not set(config) & {"DB_PASSWORD", "REDIS_PASSWORD", "RASA_AUTH_TOKEN"}  # secrets only in the Secret
    from deploy.cluster import Cluster

    assert wanted <= set(Cluster(tmp_path).rasa_env())  # the loopback cluster sets the same names


def test_generated_secrets_never_start_with_a_dash_and_the_token_is_passed_with_equals(tmp_path, monkeypatch):
    # A generated token "-EF_mD76..." was read by rasa's argparse as an option: the replica did not start.
    from deploy.cluster import Cluster

    for name in ("DB_PASSWORD", "REDIS_PASSWORD", "RASA_AUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for run in range(20):
        (tmp_path / str(run)).mkdir()
        values = Cluster(tmp_path / str(run)).secrets
        assert all(re.fullmatch(r"[0-9a-f]{48}", value) for value in values.values())
    rasa = next(d for d in by_kind("Deployment") if d["metadata"]["name"] == "senco-guide-rasa")
    args = " ".join(rasa["spec"]["template"]["spec"]["containers"][0]["args"])
    assert "--auth-token=$(RASA_AUTH_TOKEN)" in args


# The Dockerfile ----------------------------------------------------------------------------------------------------

DOCKERFILE = (ROOT / "Dockerfile").read_text()
SETUP = (ROOT / "scripts" / "setup.sh").read_text()


def run_commands() -> list[str]:
    joined = DOCKERFILE.replace("\\\n", " ")
    return [line[4:].strip() for line in joined.splitlines() if line.startswith("RUN ")]


def test_the_image_is_multi_stage_python_3_10_and_runs_as_a_user():
    stages = re.findall(r"^FROM (\S+)", DOCKERFILE, re.M)
    assert len(stages) == 2 and all(s.startswith("python:3.10") for s in stages)
    assert re.search(r"^USER 1000", DOCKERFILE, re.M)


@pytest.mark.parametrize("step", [
    r"pip install --quiet.* -r requirements\.lock",
    r"python -m nlp\.build_pipeline",
    r"fingerprint=\$\(scripts/model_fingerprint\.sh\)",
    r"rasa train --fixed-model-name senco",
])
def test_each_build_step_is_one_the_suites_own_set_up_runs(step):
    assert any(re.search(step, command) for command in run_commands()), step
    assert re.search(step, SETUP), f"scripts/setup.sh no longer runs {step!r}: the Dockerfile step is untested"


def test_the_image_carries_every_package_the_assistant_imports():
    copied = set(re.findall(r"COPY --from=build /app/(\w+) ", DOCKERFILE))
    needed = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "benchmarks", "reporting", "teams",
                                                                     "deploy", "scripts"}
    assert needed <= copied, needed - copied

"""The production topology on this machine, on loopback only: PostgreSQL (tracker store), Redis (lock store), N Rasa
replicas, M action servers and nginx in front. `scripts/cluster.sh up|status|down` runs this; the cluster tests and
benchmark use the `Cluster` class.

    .venv/bin/python deploy/cluster.py up [--replicas 2] [--action-servers 2] [--port 8000] [--dir run/cluster]
    .venv/bin/python deploy/cluster.py status | down

Everything lives in one folder (default `run/cluster/`): the PostgreSQL cluster (`initdb`, its own port, not the
system service), Redis's and nginx's files, each process's log, the generated secrets (`secrets.env`, mode 600) and
`cluster.json` (ports and process ids), so `status` and `down` find what `up` started.
Ports from `--port` (P, default 8000): nginx P, the action servers' nginx address P+1, PostgreSQL P+2, Redis P+3,
Rasa replica i P+10+i, action server i P+30+i.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
RASA = str(Path(sys.executable).with_name("rasa"))
PACKAGES = {"nginx": "nginx", "redis-server": "redis-server", "pg_ctl": "postgresql"}
DB_NAME, DB_USER = "senco", "senco"
START_TIMEOUT_S = 300


@dataclass
class Ports:
    base: int = 8000

    @property
    def nginx(self) -> int:
        return self.base

    @property
    def actions_front(self) -> int:
        return self.base + 1

    @property
    def postgres(self) -> int:
        return self.base + 2

    @property
    def redis(self) -> int:
        return self.base + 3

    def replica(self, i: int) -> int:
        return self.base + 10 + i

    def action_server(self, i: int) -> int:
        return self.base + 30 + i


@dataclass
class State:
    base_port: int
    replicas: int
    action_servers: int
    model: str
    pids: dict[str, int] = field(default_factory=dict)  # "rasa-0", "actions-1": process ids


class Cluster:
    def __init__(self, run_dir: Path, base_port: int = 8000, replicas: int = 2, action_servers: int = 2,
                 model: Path = ROOT / "models" / "senco.tar.gz", env: dict | None = None) -> None:
        self.dir = run_dir.resolve()
        self.logs = self.dir / "logs"
        self.ports = Ports(base_port)
        self.state = State(base_port, replicas, action_servers, str(model))
        self.extra_env = env or {}
        if self.state_file.exists():  # a cluster already brought up in this folder
            saved = json.loads(self.state_file.read_text())
            self.state = State(**saved)
            self.ports = Ports(self.state.base_port)

    # Addresses -------------------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.ports.nginx}"

    def replica_url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.ports.replica(i)}"

    @property
    def state_file(self) -> Path:
        return self.dir / "cluster.json"

    @property
    def secrets(self) -> dict[str, str]:
        """Passwords and the API token: from the environment if set, else generated once and kept (mode 600)."""
        path = self.dir / "secrets.env"
        if not path.exists():
            # hex, never a leading "-": a token_urlsafe one like "-EF_mD76..." was read by rasa's argparse as an
            # option, so the replica would not start (about one cluster start in 64)
            values = {name: os.environ.get(name) or secrets.token_hex(24)
                      for name in ("DB_PASSWORD", "REDIS_PASSWORD", "RASA_AUTH_TOKEN")}
            path.write_text("".join(f"{k}={v}\n" for k, v in values.items()))
            path.chmod(0o600)
        return dict(line.split("=", 1) for line in path.read_text().split())

    def rasa_env(self) -> dict[str, str]:
        """What deploy/endpoints.production.yml reads."""
        s = self.secrets
        return {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
                "RASA_TELEMETRY_ENABLED": "false",
                # A conversation's lock outlives a replica killed while holding it; released after this many
                # seconds instead of Rasa's 60 (a turn takes well under one).
                "TICKET_LOCK_LIFETIME": "10",
                "ACTION_SERVER_URL": f"http://127.0.0.1:{self.ports.actions_front}/webhook",
                "DB_HOST": "127.0.0.1", "DB_PORT": str(self.ports.postgres), "DB_NAME": DB_NAME, "DB_USER": DB_USER,
                "DB_PASSWORD": s["DB_PASSWORD"], "REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(self.ports.redis),
                "REDIS_PASSWORD": s["REDIS_PASSWORD"], **self.extra_env}

    # Up and down -----------------------------------------------------------------------------------------------

    def up(self) -> None:
        ensure_packages()
        for folder in (self.dir, self.logs, self.dir / "nginx-tmp"):
            folder.mkdir(parents=True, exist_ok=True)
        self.start_postgres()
        self.start_redis()
        for i in range(self.state.action_servers):
            self.start_action_server(i)
        for i in range(self.state.replicas):
            self.start_replica(i)
        self.start_nginx()
        self.save()
        for i in range(self.state.action_servers):
            wait_for(f"http://127.0.0.1:{self.ports.action_server(i)}/health", self.logs / f"actions-{i}.log")
        for i in range(self.state.replicas):
            self.wait_for_replica(i)
        wait_for(f"{self.url}/nginx-health", self.logs / "nginx-error.log")

    def down(self) -> None:
        for name in sorted(self.state.pids):
            stop_process(self.state.pids[name])
        self.state.pids.clear()
        if (self.dir / "nginx.pid").exists():
            stop_process(int((self.dir / "nginx.pid").read_text()))
        self.stop_redis()
        self.stop_postgres()
        self.save()

    def status(self) -> list[tuple[str, str, bool]]:
        """(component, address, answering) for each part."""
        token = self.secrets["RASA_AUTH_TOKEN"]
        rows = [("nginx", self.url, answers(f"{self.url}/nginx-health")),
                ("postgresql", f"127.0.0.1:{self.ports.postgres}", self.postgres_ready()),
                ("redis", f"127.0.0.1:{self.ports.redis}", self.redis_ready())]
        rows += [(f"rasa-{i}", self.replica_url(i), answers(f"{self.replica_url(i)}/status?token={token}"))
                 for i in range(self.state.replicas)]
        rows += [(f"actions-{i}", f"http://127.0.0.1:{self.ports.action_server(i)}",
                  answers(f"http://127.0.0.1:{self.ports.action_server(i)}/health"))
                 for i in range(self.state.action_servers)]
        return rows

    def save(self) -> None:
        self.state_file.write_text(json.dumps(asdict(self.state), indent=2))

    # PostgreSQL ------------------------------------------------------------------------------------------------

    @property
    def pg_data(self) -> Path:
        return self.dir / "postgresql"

    def start_postgres(self) -> None:
        if not (self.pg_data / "PG_VERSION").exists():
            self.pg_data.mkdir(parents=True, exist_ok=True)
            password_file = self.dir / "pg-password"
            password_file.write_text(self.secrets["DB_PASSWORD"] + "\n")
            as_postgres_owner(self.pg_data, password_file)
            run_as_postgres([pg_bin("initdb"), "-D", str(self.pg_data), "-U", DB_USER, "--pwfile", str(password_file),
                             "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"])
            password_file.unlink()
        log = self.logs / "postgresql.log"
        log.touch()
        as_postgres_owner(log)
        options = (f"-p {self.ports.postgres} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.pg_data}"
                   f" -c max_connections=100")
        run_as_postgres([pg_bin("pg_ctl"), "-D", str(self.pg_data), "-l", str(log),
                         "-o", options, "-w", "-t", "60", "start"])
        self.psql(f"SELECT 'CREATE DATABASE {DB_NAME}' WHERE NOT EXISTS "
                  f"(SELECT FROM pg_database WHERE datname = '{DB_NAME}')\\gexec", db="postgres")

    def stop_postgres(self) -> None:
        if (self.pg_data / "postmaster.pid").exists():
            run_as_postgres([pg_bin("pg_ctl"), "-D", str(self.pg_data), "-m", "fast", "-w", "stop"], check=False)

    def postgres_ready(self) -> bool:
        return subprocess.run([pg_bin("pg_isready"), "-h", "127.0.0.1", "-p", str(self.ports.postgres)],
                              capture_output=True).returncode == 0

    def psql(self, sql: str, db: str = DB_NAME) -> str:
        done = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.ports.postgres), "-U", DB_USER, "-d", db,
                               "-At", "-v", "ON_ERROR_STOP=1"], input=sql, capture_output=True, text=True,
                              env={**os.environ, "PGPASSWORD": self.secrets["DB_PASSWORD"]}, check=True)
        return done.stdout

    # Redis -----------------------------------------------------------------------------------------------------

    def start_redis(self) -> None:
        subprocess.run(["redis-server", str(DEPLOY / "redis.conf"), "--port", str(self.ports.redis),
                        "--requirepass", self.secrets["REDIS_PASSWORD"], "--dir", str(self.dir),
                        "--pidfile", str(self.dir / "redis.pid"), "--logfile", str(self.logs / "redis.log"),
                        "--daemonize", "yes"], check=True)
        deadline = time.time() + 30
        while not self.redis_ready():
            if time.time() > deadline:
                raise RuntimeError(f"Redis did not start: {(self.logs / 'redis.log').read_text()[-2000:]}")
            time.sleep(0.2)

    def stop_redis(self) -> None:
        if (self.dir / "redis.pid").exists():
            stop_process(int((self.dir / "redis.pid").read_text().strip() or 0))

    def redis_ready(self) -> bool:
        done = subprocess.run(["redis-cli", "-h", "127.0.0.1", "-p", str(self.ports.redis), "--no-auth-warning",
                               "-a", self.secrets["REDIS_PASSWORD"], "ping"], capture_output=True, text=True)
        return done.stdout.strip() == "PONG"

    # Rasa and the action servers -------------------------------------------------------------------------------

    def start_replica(self, i: int) -> None:
        command = [RASA, "run", "--model", self.state.model, "--port", str(self.ports.replica(i)),
                   "--interface", "127.0.0.1", "--endpoints", str(DEPLOY / "endpoints.production.yml"),
                   "--credentials", str(ROOT / "credentials.yml"), "--enable-api",
                   f"--auth-token={self.secrets['RASA_AUTH_TOKEN']}", "--cors", self.url]  # "=": a value may start "-"
        self.state.pids[f"rasa-{i}"] = spawn(command, self.logs / f"rasa-{i}.log", self.rasa_env())
        self.save()

    def wait_for_replica(self, i: int) -> None:
        wait_for(f"{self.replica_url(i)}/status?token={self.secrets['RASA_AUTH_TOKEN']}", self.logs / f"rasa-{i}.log",
                 self.state.pids.get(f"rasa-{i}"))

    def kill_replica(self, i: int) -> None:
        """kill -9, as a crash would."""
        os.kill(self.state.pids[f"rasa-{i}"], signal.SIGKILL)

    def start_action_server(self, i: int) -> None:
        command = [RASA, "run", "actions", "--actions", "actions", "--port", str(self.ports.action_server(i))]
        env = {**self.rasa_env(), "SANIC_HOST": "127.0.0.1"}  # rasa-sdk's only way to bind to loopback
        self.state.pids[f"actions-{i}"] = spawn(command, self.logs / f"actions-{i}.log", env)
        self.save()

    def kill_action_server(self, i: int) -> None:
        os.kill(self.state.pids[f"actions-{i}"], signal.SIGKILL)

    # nginx -----------------------------------------------------------------------------------------------------

    def start_nginx(self) -> None:
        servers = lambda ports: "\n".join(f"        server 127.0.0.1:{p} max_fails=2 fail_timeout=10s;" for p in ports)
        values = {
            "RUN_DIR": str(self.dir), "WEB_DIR": str(ROOT / "web"), "PORT": str(self.ports.nginx),
            "ACTION_PORT": str(self.ports.actions_front),
            "RASA_SERVERS": servers(self.ports.replica(i) for i in range(self.state.replicas)),
            "ACTION_SERVERS": servers(self.ports.action_server(i) for i in range(self.state.action_servers)),
            "USER_LINE": "user www-data;" if os.geteuid() == 0 else "",
        }
        config = (DEPLOY / "nginx.conf.template").read_text()
        for key, value in values.items():
            config = config.replace("{{" + key + "}}", value)
        (self.dir / "nginx.conf").write_text(config)
        subprocess.run(["nginx", "-t", "-q", "-c", str(self.dir / "nginx.conf"), "-p", str(self.dir)], check=True)
        subprocess.run(["nginx", "-c", str(self.dir / "nginx.conf"), "-p", str(self.dir)], check=True)


# Helpers ---------------------------------------------------------------------------------------------------------

def ensure_packages() -> None:
    """Debian's nginx, redis-server and postgresql, installed with apt-get when missing."""
    missing = [package for command, package in PACKAGES.items()
               if not shutil.which(command) and not (command == "pg_ctl" and glob.glob("/usr/lib/postgresql/*/bin"))]
    if missing:
        print(f"Installing {', '.join(missing)} with apt-get...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else name


def as_postgres_owner(*paths: Path) -> None:
    if os.geteuid() == 0:
        for path in paths:
            shutil.chown(path, "postgres", "postgres")


def run_as_postgres(command: list[str], check: bool = True) -> None:
    """PostgreSQL refuses to run as root; as root, run it as Debian's postgres user."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=check, stdout=subprocess.DEVNULL, cwd="/")


def spawn(command: list[str], log: Path, env: dict) -> int:
    """A process that outlives this one (scripts/cluster.sh up returns; down stops it)."""
    with log.open("a") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True).pid


def stop_process(pid: int, timeout: float = 20) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        reap(pid)
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    reap(pid)


def reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status == 200
    except OSError:
        return False


def wait_for(url: str, log: Path, pid: int | None = None) -> None:
    deadline = time.time() + START_TIMEOUT_S
    while time.time() < deadline:
        if answers(url):
            return
        if pid is not None:
            reap(pid)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                raise RuntimeError(f"{url}: the process exited:\n{log.read_text()[-3000:]}") from None
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {START_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SENCO Guide's production topology on loopback (README).")
    parser.add_argument("command", choices=["up", "status", "down"])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--action-servers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8000, help="nginx's port; the others follow from it")
    parser.add_argument("--dir", type=Path, default=ROOT / "run" / "cluster")
    args = parser.parse_args(argv)
    cluster = Cluster(args.dir, args.port, args.replicas, args.action_servers)
    if args.command == "up":
        if cluster.state.pids:
            print(f"Already up in {cluster.dir} (scripts/cluster.sh down first).")
            return 1
        cluster.up()
        print(f"SENCO Guide is up behind nginx: {cluster.url}/webhooks/rest/webhook (REST), "
              f"{cluster.url}/?assistant={cluster.url} (the widget). "
              f"{cluster.state.replicas} Rasa replicas, {cluster.state.action_servers} action servers, PostgreSQL "
              f"on {cluster.ports.postgres}, Redis on {cluster.ports.redis}; files in {cluster.dir}.")
    elif args.command == "status":
        if not cluster.state_file.exists():
            print("Not up.")
            return 1
        rows = cluster.status()
        for name, address, ok in rows:
            print(f"{name:12} {address:32} {'answering' if ok else 'NOT ANSWERING'}")
        return 0 if all(ok for _, _, ok in rows) else 1
    else:
        cluster.down()
        print("Down.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

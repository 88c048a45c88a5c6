"""Local stand-ins for Microsoft's services, on loopback: OpenID metadata and keys (a test RSA key), the token
endpoint, and a Bot Connector that records what the bot sends. Used by the Teams channel tests."""
from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

APP_ID = "00000000-test-app-id"
TENANT_ID = "11111111-test-tenant"
ISSUER = "https://api.botframework.com"
KEY_ID = "test-key"


def new_private_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class MicrosoftStandIns:
    def __init__(self) -> None:
        self.signing_key = new_private_key()
        self.token_requests: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []  # what the bot posted to the connector: {"path", "auth", "body"}
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def openid_url(self) -> str:
        return f"{self.base}/openid"

    @property
    def token_url(self) -> str:
        return f"{self.base}/{TENANT_ID}/oauth2/v2.0/token"

    @property
    def service_url(self) -> str:
        return f"{self.base}/connector/"

    def jwk(self) -> dict[str, Any]:
        key = json.loads(RSAAlgorithm.to_jwk(self.signing_key.public_key()))
        return {**key, "kid": KEY_ID, "use": "sig", "endorsements": ["msteams"]}

    def token(self, key=None, kid: str = KEY_ID, **overrides: Any) -> str:
        """A Bot Framework-style token; override claims (None removes one) or sign with another key."""
        now = int(time.time())
        claims = {"iss": ISSUER, "aud": APP_ID, "exp": now + 3600, "nbf": now - 60, "serviceUrl": self.service_url}
        claims.update(overrides)
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(claims, key or self.signing_key, algorithm="RS256", headers={"kid": kid})

    def sent_to(self, conversation_id: str) -> list[dict[str, Any]]:
        with self._lock:
            return [s for s in self.sent if f"/conversations/{conversation_id}/" in s["path"]]

    def wait_for_replies(self, conversation_id: str, count: int = 1, timeout: float = 30) -> list[dict[str, Any]]:
        deadline = time.time() + timeout
        while time.time() < deadline:
            found = self.sent_to(conversation_id)
            if len(found) >= count:
                time.sleep(0.5)  # let the rest of this turn's messages arrive
                return self.sent_to(conversation_id)
            time.sleep(0.2)
        return self.sent_to(conversation_id)

    def close(self) -> None:
        self.server.shutdown()

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, payload: Any) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path == "/openid":
                    self._reply(200, {"issuer": ISSUER, "jwks_uri": f"{outer.base}/keys"})
                elif self.path == "/keys":
                    self._reply(200, {"keys": [outer.jwk()]})
                else:
                    self._reply(404, {})

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path.endswith("/oauth2/v2.0/token"):
                    with outer._lock:
                        outer.token_requests.append({"path": self.path, **dict(urllib.parse.parse_qsl(body.decode()))})
                    self._reply(200, {"token_type": "Bearer", "expires_in": 3600, "access_token": "connector-token"})
                elif self.path.startswith("/connector/v3/conversations/"):
                    with outer._lock:
                        outer.sent.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                           "body": json.loads(body or b"{}")})
                    self._reply(200, {"id": "activity-id"})
                else:
                    self._reply(404, {})

        return Handler

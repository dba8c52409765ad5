"""The demo staff's authenticator, as the tests and the benchmark use it: `serve --demo` enrols
admins, coordinators and caseworkers with this published key (README, "Demo logins"), and they
type its six-digit code after the password."""
import base64, hashlib, hmac, struct, time

DEMO_TOTP_SECRET = "FRITIDSPASDEMOTOTPSECRETFORTESTS"


def totp(secret=DEMO_TOTP_SECRET, at=None, offset=0, step=None):
    """An authenticator app's six digits (RFC 6238: HMAC-SHA-1 over 30-second steps)."""
    key = secret.replace(" ", "").upper()
    key = base64.b32decode(key + "=" * (-len(key) % 8))
    if step is None:
        step = int((time.time() if at is None else at) // 30) + offset
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    start = mac[-1] & 0x0F
    return f"{(struct.unpack('>I', mac[start:start + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


_used_steps = {}


def demo_code(email):
    """The demo code for the next sign-in of `email`. A server accepts each 30-second step once
    per user (servers started on one database share that), so steps only go forward, per e-mail
    across the whole run; a third sign-in within one step waits for the next, as a person would."""
    while True:
        now = int(time.time() // 30)
        step = max(now, _used_steps.get(email, -1) + 1)
        if step <= now + 1:
            break
        time.sleep(30 - time.time() % 30 + 0.1)
    _used_steps[email] = step
    return totp(step=step)

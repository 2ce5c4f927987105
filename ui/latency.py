"""Keep the GUI thread's wake-up latency low while an import keeps the machine's cores busy (Linux only).

Since Linux 6.12 the EEVDF scheduler lets any thread ask for a shorter time slice (`sched_setattr` with
`sched_runtime` for SCHED_OTHER; no privilege needed, the nice value is unchanged): it then runs sooner
after waking and is made to wait less when it has just used the CPU. The GUI thread sleeps between events
and runs in short bursts, exactly the task this is for; during an import, with parse workers and other
programs competing for the cores, it measurably shortens the event loop's longest stalls. On other
systems, older kernels or any error, nothing changes.
"""

from __future__ import annotations

import contextlib
import ctypes
import platform
import struct
import sys

# The slice asked for while importing: the kernel's default is ~1-3 ms; 0.1 ms is the smallest it accepts.
SHORT_SLICE_NS = 100_000
# sched_setattr's system call number, per architecture (it has no libc wrapper).
_SYSCALL = {"x86_64": 314, "aarch64": 274}
# struct sched_attr (include/uapi/linux/sched/types.h): size, policy, flags, nice, priority, runtime,
# deadline, period, util_min, util_max.
_ATTR = struct.Struct("IIQiIQQQII")
_requests = 0


def _set_slice(runtime_ns: int) -> bool:
    number = _SYSCALL.get(platform.machine())
    if not sys.platform.startswith("linux") or number is None:
        return False
    with contextlib.suppress(OSError, AttributeError, ValueError):
        libc = ctypes.CDLL(None, use_errno=True)
        attr = ctypes.create_string_buffer(_ATTR.pack(_ATTR.size, 0, 0, 0, 0, runtime_ns, 0, 0, 0, 0), _ATTR.size)
        # pid 0: the calling thread; policy 0 (SCHED_OTHER) and nice 0 as a normal thread has them.
        return int(libc.syscall(number, 0, attr, 0)) == 0
    return False


def request_short_slices() -> bool:
    """Call from the GUI thread when an import starts; True when the kernel took the request."""
    global _requests
    _requests += 1
    return _requests > 1 or _set_slice(SHORT_SLICE_NS)


def release_short_slices() -> None:
    """Call from the GUI thread when an import ends: the last one gives the thread the default slice back."""
    global _requests
    _requests = max(0, _requests - 1)
    if _requests == 0:
        _set_slice(0)  # 0: the kernel's default slice

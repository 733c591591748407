# Shared by the bench scripts (source it): a scratch folder in $work, removed on exit with every background
# process whose pid was added to pids; free_port; wait_for URL NAME LOG (up to 30 s, else the log and exit 1).
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { # url name log
  for _ in $(seq 1 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "$2 did not start; its log:" >&2; cat "$3" >&2; exit 1
}

#!/usr/bin/env bash
# A local one-node Apache Kafka broker (KRaft) run from Kafka's jars on Maven
# Central: no Docker, no download besides Maven. See README.md.
#
#   kafka.sh start    fresh broker (exit 0 at once if one already answers)
#   kafka.sh stop     stop it and delete its data
#   kafka.sh pause    stop it, keep its data
#   kafka.sh resume   start it again on the kept data
#   kafka.sh status   exit 0 if a broker answers on the port, 1 if not
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")
HOME_DIR=${MEANDER_KAFKA_HOME:-$HOME/.cache/meander-kafka/$VERSION}
LIBS=$HOME_DIR/libs
PORT=${KAFKA_PORT:-9092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}
RUN=$HOME_DIR/run-$PORT
DATA=$RUN/data
PIDFILE=$RUN/kafka.pid
LOG=$RUN/kafka.log
TIMEOUT=${KAFKA_START_TIMEOUT:-90}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

say() { echo "kafka.sh: $*"; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# Prints the broker's pid if the pid file names a live process.
live_pid() { [[ -f $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && cat "$PIDFILE"; }

fetch_libs() {
  [[ -f $LIBS/kafka_2.13-$VERSION.jar ]] && return
  say "fetching Kafka $VERSION jars into $LIBS (first run only)"
  rm -rf "$LIBS" "$LIBS.tmp"
  mkdir -p "$HOME_DIR"
  mvn -B -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIBS.tmp" \
    >"$HOME_DIR/mvn.log" 2>&1 || { tail -n 30 "$HOME_DIR/mvn.log" >&2; say "mvn failed" >&2; exit 1; }
  mv "$LIBS.tmp" "$LIBS"   # only a complete download counts as the cache
}

write_config() {
  mkdir -p "$RUN"
  cat >"$RUN/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
}

fail() {
  say "$1; last lines of $LOG:" >&2
  tail -n 40 "$LOG" >&2 || true
  exit 1
}

wait_started() {
  local pid=$1 deadline=$((SECONDS + TIMEOUT))
  until grep -q "Kafka Server started" "$LOG" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "the broker exited"
    if ((SECONDS >= deadline)); then
      kill -9 "$pid" 2>/dev/null || true
      fail "the broker did not start within ${TIMEOUT}s (killed it)"
    fi
    sleep 0.5
  done
  say "Kafka $VERSION started on 127.0.0.1:$PORT (pid $pid, log $LOG)"
}

# Starts the broker on $DATA, formatting it first if it is empty.
launch() {
  fetch_libs
  write_config
  if [[ ! -f $DATA/meta.properties ]]; then
    local id
    id=$("$JAVA" -cp "$LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null)
    "$JAVA" -cp "$LIBS/*" -Dlog4j2.configurationFile="$HERE/log4j2.properties" \
      kafka.tools.StorageTool format -t "$id" -c "$RUN/server.properties" --standalone \
      >"$LOG" 2>&1 || fail "formatting $DATA failed"
  fi
  setsid nohup "$JAVA" ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/log4j2.properties" \
    -cp "$LIBS/*" kafka.Kafka "$RUN/server.properties" </dev/null >"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  wait_started "$!"
}

# Stops the broker process (SIGTERM, then SIGKILL after 30 s); keeps the data.
halt() {
  local pid
  if pid=$(live_pid); then
    kill "$pid"
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      say "no exit 30 s after SIGTERM; sending SIGKILL"
      kill -9 "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    say "stopped pid $pid"
  fi
  rm -f "$PIDFILE"
}

case ${1:-} in
  start)
    if answers; then say "a broker already answers on 127.0.0.1:$PORT"; exit 0; fi
    if pid=$(live_pid); then wait_started "$pid"; exit 0; fi   # still starting
    rm -rf "$DATA"
    launch
    ;;
  resume)
    if answers; then say "a broker already answers on 127.0.0.1:$PORT"; exit 0; fi
    [[ -f $DATA/meta.properties ]] || { say "no data in $DATA to resume; use start" >&2; exit 1; }
    launch
    ;;
  pause) halt ;;
  stop) halt; rm -rf "$DATA" ;;
  status)
    if answers; then
      say "running on 127.0.0.1:$PORT (pid $(live_pid || echo 'unknown: not started by kafka.sh'))"
    elif [[ -f $DATA/meta.properties ]]; then
      say "not running; data kept in $DATA (paused)"; exit 1
    else
      say "not running"; exit 1
    fi
    ;;
  *) echo "usage: $0 start|stop|status|pause|resume" >&2; exit 2 ;;
esac

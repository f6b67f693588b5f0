# Sourced by bin/local-cluster and bin/landau-submit: the classpath of "the cluster's Spark".
#
# A Spark installation provides Spark and its libraries; the application jar (the shaded
# jobs-*-spark.jar) brings our modules and the libraries only we use. The Maven runtime classpath of
# bin/landau (jobs/target/classpath.txt) has both, so the cluster's classpath is that list minus every
# jar whose classes the application jar carries. Without that split the executors would load our
# classes from their own classpath and the cluster would not test the jar a user submits.

# landau_spark_classpath ROOT: prints the path of a file holding that classpath (one line, ':'-separated),
# derived again whenever the build is newer.
landau_spark_classpath() {
    local root="$1"
    local maven="$root/jobs/target/classpath.txt"
    local app_jar="$root/jobs/target/jobs-0.1.0-SNAPSHOT-spark.jar"
    local out="$root/jobs/target/spark-classpath.txt"
    if [[ ! -f "$maven" || ! -f "$app_jar" ]]; then
        echo "not built: run 'mvn -q -DskipTests package' in $root first (missing ${maven#"$root/"} or ${app_jar#"$root/"})" >&2
        return 2
    fi
    if [[ -f "$out" && "$out" -nt "$maven" && "$out" -nt "$app_jar" ]]; then
        echo "$out"
        return 0
    fi
    local app_classes jar first kept=()
    app_classes="$(mktemp)"
    unzip -Z1 "$app_jar" | grep '\.class$' | sort -u > "$app_classes"
    local IFS=':'
    for jar in $(cat "$maven"); do
        # One class of the jar decides: module-info and multi-release entries are never shaded.
        first="$(unzip -Z1 "$jar" 2>/dev/null | grep '\.class$' | grep -v -e 'module-info\.class$' -e '^META-INF/' | head -n 1 || true)"
        if [[ -n "$first" ]] && grep -qxF "$first" "$app_classes"; then
            continue
        fi
        kept+=("$jar")
    done
    rm -f "$app_classes"
    echo "${kept[*]}" > "$out.tmp" && mv "$out.tmp" "$out"
    echo "$out"
}

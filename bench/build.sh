# Sourced by the bench scripts, from the repository's root: a JDK 21 or newer on the PATH, the bench module and the
# services it measures built, and their classpath in $classpath.
java_home=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -1)}
export JAVA_HOME=$java_home PATH=$java_home/bin:$PATH
# the services' jars only: rebuilding their Quarkus apps under a running platform leaves its services waiting forever
# for classes from jars that are gone
./mvnw -B -ntp -q install -DskipTests -Dquarkus.build.skip=true -pl bench -am
./mvnw -B -ntp -q dependency:build-classpath -pl bench -Dmdep.outputFile=target/classpath.txt
classpath=bench/target/classes:$(cat bench/target/classpath.txt)

# syntax=docker/dockerfile:1
# Build: JDK 25; the Vaadin Maven plugin downloads Node 24 itself to build the production frontend.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -DskipFrontend dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

# Run: JRE 25 only, as a non-root user; data/ (H2 database, demo files) is a volume.
FROM eclipse-temurin:25-jre
RUN groupadd --system benchboard && useradd --system --gid benchboard --home-dir /app benchboard
WORKDIR /app
COPY --from=build /src/target/benchboard.jar /app/benchboard.jar
COPY --chown=benchboard:benchboard data /app/data
USER benchboard
VOLUME ["/app/data"]
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/benchboard.jar"]

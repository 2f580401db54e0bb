# `sam build` runs one target per function (Metadata: BuildMethod: makefile). All three functions share the one
# shaded artifact; its classes go in lib/, which the Lambda Java runtime puts on the class path.
.PHONY: build-AnalyzeFunction build-WorkerFunction build-BatchFunction
build-AnalyzeFunction build-WorkerFunction build-BatchFunction:
	./mvnw -B -q -pl functions -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/target/drift-functions-*-lambda.jar "$(ARTIFACTS_DIR)/lib/"

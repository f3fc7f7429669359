# Runs TOOL with ARGS (words separated by |) and fails on a non-zero exit or on output matching FAIL_REGEX
# (default: any output, as desktop-file-validate and update-mime-database print nothing for a
# clean file). With COPY, the file is first put in ARGS/packages/ (a private MIME
# database for update-mime-database, which never touches the system's).
if(NOT TOOL OR TOOL MATCHES "NOTFOUND$")
  message(FATAL_ERROR "the validator is not installed (Debian package ${PACKAGE}); run cmake/install-deps.sh")
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
if(COPY)
  file(REMOVE_RECURSE ${ARGS})
  file(MAKE_DIRECTORY ${ARGS}/packages)
  file(COPY ${COPY} DESTINATION ${ARGS}/packages)
endif()
execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT FAIL_REGEX)
  set(FAIL_REGEX ".")
endif()
if(NOT status EQUAL 0 OR "${out}${err}" MATCHES "${FAIL_REGEX}")
  message(FATAL_ERROR "${TOOL} ${ARGS}: exit ${status}\n${out}${err}")
endif()
